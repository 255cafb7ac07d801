package pyjama.python.runtime;

/** Methods and attributes of BaseException and its subclasses. */
final class ExcMethods {
    private ExcMethods() {}

    static PyBaseException e(PyObject o) { return (PyBaseException) o; }

    static void install() {
        PyType b = Exc.BaseException;
        b.defNew((a, kw) -> {
            PyType cls = (PyType) a[0];
            PyBaseException x = new PyBaseException(cls);
            x.args = PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length - (kw == null ? 0 : kw.length)));
            Runtime.initInstance(x, cls);
            if (cls.isSubtype(Exc.OSError)) {
                PyType sub = a.length >= 3 && a[1] instanceof PyInt errno && cls == Exc.OSError ? Exc.osErrorSubclass(errno.v) : null;
                if (sub != null) x.type = sub;
            }
            return x;
        });
        b.def("__init__", (a, kw) -> {
            PyBaseException x = e(a[0]);
            int nkw = kw == null ? 0 : kw.length;
            PyObject[] args = java.util.Arrays.copyOfRange(a, 1, a.length - nkw);
            PyType t = x.type;
            if (nkw > 0 && !(t.isSubtype(Exc.ImportError) || t.isSubtype(Exc.AttributeError) || t.isSubtype(Exc.NameError))) {
                if (t.solidBase == Exc.BaseException || !t.heap) throw Exc.type(t.name + "() takes no keyword arguments");
            }
            x.args = PyTuple.of(args);
            initSpecial(x, args, a, kw);
            return T.None;
        });
        b.def0("__str__", s -> Exc.str(e(s)));
        b.def0("__repr__", s -> Exc.repr(e(s)));
        b.def1("with_traceback", (s, tb) -> { e(s).traceback = tb == T.None ? null : (PyTraceback) tb; return s; });
        b.def1("add_note", (s, note) -> {
            if (!(note instanceof PyStr)) throw Exc.type("note must be a str, not '" + note.type.name + "'");
            PyObject notes = s.dict.getStr(S.__notes__);
            if (notes == null) { notes = new PyList(); s.dict.setItem(S.__notes__, notes); }
            if (!(notes instanceof PyList nl)) throw Exc.type("Cannot add note: __notes__ is not a list");
            nl.append(note);
            return T.None;
        });
        b.def0("__reduce__", s -> PyTuple.of(s.type, e(s).args));
        b.getset("args", s -> e(s).args, (s, v) -> { e(s).args = Ops.toTuple(v); return T.None; });
        b.getset("__traceback__", s -> e(s).traceback == null ? T.None : e(s).traceback, (s, v) -> {
            if (v != T.None && !(v instanceof PyTraceback)) throw Exc.type("__traceback__ must be a traceback or None");
            e(s).traceback = v == T.None ? null : (PyTraceback) v;
            return T.None;
        });
        b.getset("__cause__", s -> e(s).cause == null ? T.None : e(s).cause, (s, v) -> {
            if (v != T.None && !(v instanceof PyBaseException)) throw Exc.type("exception cause must be None or derive from BaseException");
            e(s).cause = v == T.None ? null : v;
            e(s).suppressContext = true;
            return T.None;
        });
        b.getset("__context__", s -> e(s).context == null ? T.None : e(s).context, (s, v) -> {
            if (v != T.None && !(v instanceof PyBaseException)) throw Exc.type("exception context must be None or derive from BaseException");
            e(s).context = v == T.None ? null : v;
            return T.None;
        });
        b.getset("__suppress_context__", s -> PyBool.of(e(s).suppressContext), (s, v) -> { e(s).suppressContext = Ops.isTrue(v); return T.None; });
        b.getset("__dict__", s -> s.dict, null);

        // attributes with defaults (looked up when the instance dict lacks them)
        Exc.StopIteration.getset("value", s -> { PyObject v = s.dict.getStr("value"); return v == null ? (e(s).args.items.length > 0 ? e(s).args.items[0] : T.None) : v; },
                (s, v) -> { s.dict.setStr("value", v); return T.None; });
        Exc.SystemExit.getset("code", s -> {
            PyObject v = s.dict.getStr("code");
            if (v != null) return v;
            PyObject[] a = e(s).args.items;
            return a.length == 0 ? T.None : a.length == 1 ? a[0] : e(s).args;
        }, (s, v) -> { s.dict.setStr("code", v); return T.None; });
        for (String n : new String[] { "errno", "strerror", "filename", "filename2" }) {
            dflt(Exc.OSError, n);
        }
        for (String n : new String[] { "name", "path", "msg", "name_from" }) dflt(Exc.ImportError, n);
        dflt(Exc.AttributeError, "name");
        dflt(Exc.AttributeError, "obj");
        dflt(Exc.NameError, "name");
        for (String n : new String[] { "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line" }) {
            dflt(Exc.SyntaxError, n);
        }
        for (String n : new String[] { "encoding", "object", "start", "end", "reason" }) dflt(Exc.UnicodeError, n);
        ExceptionGroups.install();
    }

    static void dflt(PyType t, String name) {
        t.getset(name, s -> { PyObject v = s.dict.getStr(name); return v == null ? T.None : v; },
                (s, v) -> { if (v == null) s.dict.delItemIfPresent(PyStr.intern(name)); else s.dict.setStr(name, v); return T.None; });
    }

    static void initSpecial(PyBaseException x, PyObject[] args, PyObject[] a, PyStr[] kw) {
        PyType t = x.type;
        if (t.isSubtype(Exc.StopIteration)) x.dict.setStr("value", args.length > 0 ? args[0] : T.None);
        else if (t.isSubtype(Exc.OSError)) {
            if (args.length >= 2 && args.length <= 5) {
                x.dict.setStr("errno", args[0]);
                x.dict.setStr("strerror", args[1]);
                if (args.length >= 3) x.dict.setStr("filename", args[2]);
                if (args.length >= 5) x.dict.setStr("filename2", args[4]);
                if (args.length >= 3) x.args = PyTuple.of(args[0], args[1]);
            }
        } else if (t.isSubtype(Exc.ImportError) || t.isSubtype(Exc.AttributeError) || t.isSubtype(Exc.NameError)) {
            if (t.isSubtype(Exc.ImportError)) x.dict.setStr("msg", args.length > 0 ? args[0] : T.None);
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    String k = kw[i].value;
                    boolean ok = t.isSubtype(Exc.ImportError) ? k.equals("name") || k.equals("path") || k.equals("name_from")
                            : t.isSubtype(Exc.AttributeError) ? k.equals("name") || k.equals("obj") : k.equals("name");
                    if (!ok) throw Exc.type("'" + k + "' is an invalid keyword argument for " + t.name + "()");
                    x.dict.setItem(kw[i], a[a.length - kw.length + i]);
                }
            }
        } else if (t.isSubtype(Exc.SyntaxError)) {
            if (args.length >= 1) x.dict.setStr("msg", args[0]);
            if (args.length == 2) {
                PyObject[] info = Ops.toArray(args[1]);
                if (info.length < 4 || info.length > 6) throw Exc.index("tuple index out of range");
                String[] names = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };
                for (int i = 0; i < info.length; i++) x.dict.setStr(names[i], info[i]);
            }
        } else if (t.isSubtype(Exc.UnicodeDecodeError) || t.isSubtype(Exc.UnicodeEncodeError)) {
            if (args.length == 5) {
                String[] names = { "encoding", "object", "start", "end", "reason" };
                for (int i = 0; i < 5; i++) x.dict.setStr(names[i], args[i]);
            }
        }
    }
}
