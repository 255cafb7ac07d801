package pyjama.python.runtime;

import pyjama.python.PythonHost;

/** The sys module. */
public final class SysModule {
    private SysModule() {}

    static final PyType STD_STREAM = new PyType("TextIOWrapper", T.OBJECT);
    static {
        STD_STREAM.type = T.TYPE;
        STD_STREAM.dict.type = T.DICT;
        STD_STREAM.setAttrRaw("__module__", new PyStr("_io"));
        STD_STREAM.def1("write", (s, x) -> {
            if (!(x instanceof PyStr xs)) throw Exc.type("write() argument must be str, not " + x.type.name);
            ((StdStream) s).writeStr(xs.value);
            return PyInt.of(xs.cpLength());
        });
        STD_STREAM.def0("flush", s -> T.None);
        STD_STREAM.def0("isatty", s -> T.FALSE);
        STD_STREAM.def0("fileno", s -> PyInt.of(((StdStream) s).fd));
        STD_STREAM.def0("readable", s -> PyBool.of(((StdStream) s).fd == 0));
        STD_STREAM.def0("writable", s -> PyBool.of(((StdStream) s).fd != 0));
        STD_STREAM.def("readline", (a, kw) -> ((StdStream) a[0]).readline());
        STD_STREAM.def("read", (a, kw) -> {
            StdStream st = (StdStream) a[0];
            StringBuilder sb = new StringBuilder();
            while (true) {
                PyStr l = (PyStr) st.readline();
                if (l.value.isEmpty()) break;
                sb.append(l.value);
            }
            return new PyStr(sb.toString());
        });
        STD_STREAM.def0("readlines", s -> {
            PyList l = new PyList();
            while (true) {
                PyStr x = (PyStr) ((StdStream) s).readline();
                if (x.value.isEmpty()) break;
                l.append(x);
            }
            return l;
        });
        STD_STREAM.def0("__iter__", s -> s);
        STD_STREAM.def0("__next__", s -> {
            PyStr x = (PyStr) ((StdStream) s).readline();
            if (x.value.isEmpty()) throw Exc.stopIteration();
            return x;
        });
        STD_STREAM.def0("close", s -> T.None);
        STD_STREAM.def0("__enter__", s -> s);
        STD_STREAM.def("__exit__", (a, kw) -> T.None);
        STD_STREAM.getset("encoding", s -> new PyStr("utf-8"), null);
        STD_STREAM.getset("errors", s -> new PyStr("strict"), null);
        STD_STREAM.getset("name", s -> new PyStr(((StdStream) s).streamName()), null);
        STD_STREAM.getset("closed", s -> T.FALSE, null);
        STD_STREAM.getset("mode", s -> new PyStr(((StdStream) s).fd == 0 ? "r" : "w"), null);
        STD_STREAM.getset("buffer", s -> ((StdStream) s).buffer(), null);
    }

    /** sys.stdin / stdout / stderr over the host. */
    public static final class StdStream extends PyObject {
        final PythonHost host;
        final int fd;
        /** Lines pushed back by the REPL's own reading are not shared; stdin reads from the host. */
        StdStream(PythonHost host, int fd) {
            super(STD_STREAM);
            this.host = host;
            this.fd = fd;
        }

        private StdBuffer buffer;

        /** The binary layer under this stream (sys.stdout.buffer), made on first use. */
        StdBuffer buffer() {
            if (buffer == null) buffer = new StdBuffer(this);
            return buffer;
        }

        String streamName() { return fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>"; }

        public void writeStr(String s) {
            if (fd == 2) host.writeErr(s);
            else host.writeOut(s);
        }

        PyObject readline() {
            String l;
            try {
                l = host.readLine("");
            } catch (PythonHost.InterruptedInput e) {
                throw Exc.make(Exc.KeyboardInterrupt);
            }
            return l == null ? Intern.EMPTY : new PyStr(l + "\n");
        }

        @Override public PyObject repr() {
            String n = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
            return new PyStr("<_io.TextIOWrapper name='" + n + "' mode='" + (fd == 0 ? "r" : "w") + "' encoding='utf-8'>");
        }
    }

    /** A named tuple type like sys.version_info (a structseq). */
    static PyType structSeq(String name, String[] fields) {
        PyType t = new PyType(name.substring(name.indexOf('.') + 1), T.TUPLE);
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.finalType = true;
        int dot = name.indexOf('.');
        t.setAttrRaw("__module__", new PyStr(dot < 0 ? "builtins" : name.substring(0, dot)));
        for (int i = 0; i < fields.length; i++) {
            final int k = i;
            t.getset(fields[i], s -> ((PyTuple) s).items[k], null);
        }
        t.setAttrRaw("n_fields", PyInt.of(fields.length));
        t.def0("__repr__", s -> {
            StringBuilder sb = new StringBuilder(name).append('(');
            PyObject[] it = ((PyTuple) s).items;
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(fields[i]).append('=').append(Ops.repr(it[i]).value);
            }
            return new PyStr(sb.append(')').toString());
        });
        return t;
    }

    static PyObject simpleNamespace(String[] keys, PyObject[] vals) {
        PyObject o = new PyObject(NAMESPACE);
        o.dict = new PyDict();
        for (int i = 0; i < keys.length; i++) o.dict.setStr(keys[i], vals[i]);
        return o;
    }

    static final PyType NAMESPACE = new PyType("SimpleNamespace", T.OBJECT);
    static {
        NAMESPACE.type = T.TYPE;
        NAMESPACE.dict.type = T.DICT;
        NAMESPACE.setAttrRaw("__module__", new PyStr("types"));
        NAMESPACE.instanceDict = true;
        NAMESPACE.defNew((a, kw) -> {
            PyObject o = new PyObject((PyType) a[0]);
            o.dict = new PyDict();
            return o;
        });
        NAMESPACE.def("__init__", (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length - nkw > 2) throw Exc.type("SimpleNamespace expected at most 1 positional argument, got " + (a.length - nkw - 1));
            if (a.length - nkw == 2) DictMethods.updateFrom(a[0].dict, a[1]);
            for (int i = 0; i < nkw; i++) a[0].dict.setItem(kw[i], a[a.length - nkw + i]);
            return T.None;
        });
        NAMESPACE.def1("__eq__", (s, o) -> o.type.isSubtype(NAMESPACE) ? PyBool.of(s.dict.dictEquals(o.dict)) : T.NotImplemented);
        NAMESPACE.getset("__dict__", s -> s.dict, null);
        NAMESPACE.def0("__repr__", s -> {
            StringBuilder sb = new StringBuilder("namespace(");
            boolean first = true;
            for (int i = s.dict.nextEntry(0); i >= 0; i = s.dict.nextEntry(i + 1)) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Ops.str(s.dict.keyAt(i)).value).append('=').append(Ops.repr(s.dict.valueAt(i)).value);
            }
            return new PyStr(sb.append(')').toString());
        });
    }

    /** What sys.unraisablehook receives (CPython's struct sequence UnraisableHookArgs). */
    static final PyType UNRAISABLE_HOOK_ARGS = ClassBuilder.create("sys", "UnraisableHookArgs").build();

    static PyObject unraisableHookArgs(PyBaseException x, String errMsg, PyObject obj) {
        PyObject u = new PyObject(UNRAISABLE_HOOK_ARGS);
        u.dict = new PyDict();
        u.dict.setStr("exc_type", x.type());
        u.dict.setStr("exc_value", x);
        u.dict.setStr("exc_traceback", x.traceback == null ? T.None : x.traceback);
        u.dict.setStr("err_msg", errMsg == null ? T.None : new PyStr(errMsg));
        u.dict.setStr("object", obj == null ? T.None : obj);
        return u;
    }

    static PyModule create(Runtime rt, PythonHost host, String[] argv) {
        PyModule s = new PyModule("sys");
        Interp in = Interp.cur;
        s.set("modules", rt.modules);
        PyList av = new PyList();
        for (String a : argv) av.append(new PyStr(a));
        s.set("argv", av);
        s.set("orig_argv", new PyList(av.toArray()));
        PyList path = new PyList();
        s.set("path", path);
        s.set("meta_path", new PyList());
        s.set("path_hooks", new PyList());
        s.set("path_importer_cache", new PyDict());
        StdStream out = new StdStream(host, 1), err = new StdStream(host, 2), inp = new StdStream(host, 0);
        s.set("stdout", out);
        s.set("stderr", err);
        s.set("stdin", inp);
        s.set("__stdout__", out);
        s.set("__stderr__", err);
        s.set("__stdin__", inp);
        s.set("version", new PyStr("3.12.1 (pyjama 0.1.0) [Java]"));
        PyType vi = structSeq("sys.version_info", new String[] { "major", "minor", "micro", "releaselevel", "serial" });
        s.set("version_info", new PyTuple(vi, new PyObject[] { PyInt.of(3), PyInt.of(12), PyInt.of(1), new PyStr("final"), PyInt.of(0) }));
        s.set("hexversion", PyInt.of(0x030c01f0));
        s.set("api_version", PyInt.of(1013));
        s.set("implementation", simpleNamespace(new String[] { "name", "cache_tag", "version", "hexversion" },
                new PyObject[] { new PyStr("pyjama"), T.None, s.get("version_info"), PyInt.of(0x030c01f0) }));
        s.set("platform", new PyStr("pyjama"));
        s.set("byteorder", new PyStr("little"));
        s.set("maxsize", PyInt.of(Long.MAX_VALUE));
        s.set("maxunicode", PyInt.of(0x10ffff));
        s.set("executable", new PyStr(""));
        s.set("prefix", new PyStr(""));
        s.set("exec_prefix", new PyStr(""));
        s.set("base_prefix", new PyStr(""));
        s.set("copyright", new PyStr("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."));
        s.set("dont_write_bytecode", T.TRUE);
        s.set("warnoptions", new PyList());
        s.set("_xoptions", new PyDict());
        s.set("float_repr_style", new PyStr("short"));
        PyObject[] names = new PyObject[0];
        java.util.ArrayList<PyObject> bm = new java.util.ArrayList<>();
        bm.add(new PyStr("builtins"));
        bm.add(new PyStr("sys"));
        for (String n : JavaModules.names()) bm.add(new PyStr(n));
        names = bm.toArray(names);
        s.set("builtin_module_names", new PyTuple(names));
        PySet stdlib = PySet.frozen();
        for (String n : Suggestions.STDLIB_MODULE_NAMES) stdlib.add(new PyStr(n));
        s.set("stdlib_module_names", stdlib);
        PyType flags = structSeq("sys.flags", new String[] { "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
            "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
            "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits" });
        PyObject[] fv = new PyObject[18];
        for (int i = 0; i < fv.length; i++) fv[i] = PyInt.of(0);
        fv[4] = PyInt.of(1);
        fv[10] = PyInt.of(0);
        fv[14] = PyInt.of(1);
        fv[17] = PyInt.of(4300);
        s.set("flags", new PyTuple(flags, fv));
        PyType fi = structSeq("sys.float_info", new String[] { "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds" });
        s.set("float_info", new PyTuple(fi, new PyObject[] { new PyFloat(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308), new PyFloat(Double.MIN_NORMAL),
            PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53), new PyFloat(Libm.ulp(1.0)), PyInt.of(2), PyInt.of(1) }));
        PyType ii = structSeq("sys.int_info", new String[] { "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold" });
        s.set("int_info", new PyTuple(ii, new PyObject[] { PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640) }));
        PyType hi = structSeq("sys.hash_info", new String[] { "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff" });
        s.set("hash_info", new PyTuple(hi, new PyObject[] { PyInt.of(64), PyInt.of(PyInt.MODULUS), PyInt.of(314159), PyInt.of(0), PyInt.of(1000003),
            new PyStr("fnv"), PyInt.of(64), PyInt.of(0), PyInt.of(0) }));
        s.def("exit", (a, kw) -> {
            Args.count("exit", a, 0, 1);
            PyBaseException e = new PyBaseException(Exc.SystemExit, a.length == 0 ? PyTuple.EMPTY : PyTuple.of(a[0]));
            e.dict.setStr("code", a.length == 0 ? T.None : a[0]);
            throw new PyException(e);
        });
        s.def("getrecursionlimit", Fn.of0("sys.getrecursionlimit", () -> PyInt.of(Interp.cur.recursionLimit)));
        s.def("setrecursionlimit", Fn.of1("sys.setrecursionlimit", x -> {
            if (!(x instanceof PyInt)) throw Exc.type("'" + x.type.name + "' object cannot be interpreted as an integer");
            long n = Ops.index(x, null);
            if (n < 1) throw Exc.value("recursion limit must be greater or equal than 1");
            Interp c = Interp.cur;
            if (n <= c.depth) {
                throw Exc.recursion("cannot set the recursion limit to " + n + " at the recursion depth " + c.depth + ": the limit is too low");
            }
            c.recursionLimit = (int) Math.min(n, 100000);
            return T.None;
        }));
        s.def("exc_info", Fn.of0("sys.exc_info", () -> {
            PyBaseException h = Interp.cur.handled;
            if (h == null) return PyTuple.of(T.None, T.None, T.None);
            return PyTuple.of(h.type, h, h.traceback == null ? T.None : h.traceback);
        }));
        s.def("exception", Fn.of0("sys.exception", () -> {
            PyBaseException h = Interp.cur.handled;
            return h == null ? T.None : h;
        }));
        s.def("getsizeof", (a, kw) -> {
            PyObject o = a[0];
            if (o instanceof PyInt i) return PyInt.of(i.big == null ? (i.v == 0 ? 24 : 28) : 24 + 4 * ((i.bitLength() + 29) / 30));
            if (o instanceof PyStr st) return PyInt.of(49 + st.value.length());
            if (o instanceof PyList l) return PyInt.of(56 + 8 * l.items.length);
            if (o instanceof PyTuple t) return PyInt.of(40 + 8 * t.items.length);
            if (o instanceof PyDict d) return PyInt.of(64 + 24 * d.size());
            if (o instanceof PyFloat) return PyInt.of(24);
            return PyInt.of(56);
        });
        s.def("intern", Fn.of1("sys.intern", x -> {
            if (!(x instanceof PyStr xs)) throw Exc.type("intern() argument must be str, not " + x.type.name);
            return PyStr.intern(xs);
        }));
        s.def("getdefaultencoding", Fn.of0("sys.getdefaultencoding", () -> new PyStr("utf-8")));
        s.def("getfilesystemencoding", Fn.of0("sys.getfilesystemencoding", () -> new PyStr("utf-8")));
        s.def("get_int_max_str_digits", Fn.of0("sys.get_int_max_str_digits", () -> PyInt.of(PyInt.maxStrDigits)));
        s.def("set_int_max_str_digits", (a, kw) -> {
            PyObject[] p = Args.parse("set_int_max_str_digits", a, kw, 0, new String[] { "maxdigits" }, 1);
            long n = Ops.index(p[0], null);
            if (n != 0 && n < 640) throw Exc.value("maxdigits must be 0 or larger than 640");
            PyInt.maxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
            return T.None;
        });
        s.def("getrefcount", Fn.of1("sys.getrefcount", x -> PyInt.of(2)));
        s.def("_getframe", (a, kw) -> {
            Frame f = Interp.cur.frame;
            long depth = a.length > 0 ? Ops.index(a[0], null) : 0;
            for (long i = 0; i < depth && f != null; i++) f = f.caller();
            if (f == null) throw Exc.value("call stack is not deep enough");
            for (Frame b = f; b != null; b = b.caller()) b.escaped = true;
            return f;
        });
        s.def("displayhook", Fn.of1("sys.displayhook", v -> {
            if (v == T.None) return T.None;
            rt.builtins.dict.setStr("_", T.None);
            PyObject o = rt.sys.get("stdout");
            String text = Ops.repr(v).value + "\n";
            if (o instanceof StdStream ss) ss.writeStr(text);
            else Ops.invoke(o, "write", new PyStr(text));
            rt.builtins.dict.setStr("_", v);
            return T.None;
        }));
        s.def("excepthook", Fn.of3("sys.excepthook", (t, v, tb) -> {
            if (v instanceof PyBaseException be) {
                if (tb instanceof PyTraceback ptb) be.traceback = ptb;
                rt.writeErr(Traceback.format(be));
            } else {
                rt.writeErr(Ops.str(v).value + "\n");
            }
            return T.None;
        }));
        s.def("unraisablehook", Fn.of1("sys.unraisablehook", u -> {
            PyObject v = Ops.getattr(u, "exc_value");
            if (!(v instanceof PyBaseException x)) return T.None;
            PyObject tb = Ops.getattr(u, "exc_traceback");
            if (tb instanceof PyTraceback ptb) x.traceback = ptb;
            PyObject msg = Ops.getattr(u, "err_msg");
            PyObject obj = Ops.getattr(u, "object");
            rt.interp.printUnraisable(x, msg instanceof PyStr ms ? ms.value : null, obj);
            return T.None;
        }));
        s.set("__unraisablehook__", s.get("unraisablehook"));
        s.set("__displayhook__", s.get("displayhook"));
        s.set("__excepthook__", s.get("excepthook"));
        s.def("audit", (a, kw) -> T.None);
        s.def("is_finalizing", (a, kw) -> T.FALSE);
        s.def("call_tracing", (a, kw) -> Ops.call(a[0], Ops.toArray(a[1]), null));
        s.def("settrace", (a, kw) -> T.None);
        s.def("gettrace", (a, kw) -> T.None);
        s.def("setprofile", (a, kw) -> T.None);
        return s;
    }
}
