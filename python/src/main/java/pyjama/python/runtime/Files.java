package pyjama.python.runtime;

/** open() over the embedding's FileSystem: whole-file buffered text and binary files. */
final class Files {
    private Files() {}

    static final PyType FILE = new PyType("TextIOWrapper", T.OBJECT);
    static final PyType BFILE = new PyType("BufferedReader", T.OBJECT);

    static final class PyFile extends PyObject {
        final String path, mode;
        final boolean binary, writing, append;
        final Runtime rt;
        byte[] data;
        int pos;
        java.io.ByteArrayOutputStream out;
        boolean closed;

        PyFile(Runtime rt, String path, String mode, boolean binary) {
            super(binary ? BFILE : FILE);
            this.rt = rt;
            this.path = path;
            this.mode = mode;
            this.binary = binary;
            this.writing = mode.contains("w") || mode.contains("a") || mode.contains("x");
            this.append = mode.contains("a");
        }

        void check() { if (closed) throw Exc.value("I/O operation on closed file."); }

        PyObject wrap(byte[] b) { return binary ? new PyBytes(b) : new PyStr(Codecs.decode(b, "utf-8", "strict")); }

        PyObject read(long n) {
            check();
            if (writing) throw Exc.make(PyType_io_unsupported(), "not readable");
            int end = n < 0 ? data.length : (int) Math.min(data.length, pos + n);
            if (!binary && n >= 0) {
                // n counts characters: advance over whole UTF-8 sequences
                int p = pos;
                long chars = 0;
                while (p < data.length && chars < n) {
                    int b = data[p] & 0xff;
                    p += b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
                    chars++;
                }
                end = Math.min(p, data.length);
            }
            byte[] r = java.util.Arrays.copyOfRange(data, pos, end);
            pos = end;
            return wrap(r);
        }

        PyObject readline() {
            check();
            int e = pos;
            while (e < data.length && data[e] != '\n') e++;
            if (e < data.length) e++;
            byte[] r = java.util.Arrays.copyOfRange(data, pos, e);
            pos = e;
            return wrap(r);
        }

        void close() {
            if (closed) return;
            closed = true;
            if (writing) {
                if (!rt.fs.write(path, out.toByteArray(), append)) {
                    throw Exc.osError(Exc.PermissionError, 13, "Permission denied", path);
                }
            }
        }

        @Override public PyObject iter() { check(); return this; }

        @Override public PyObject next() {
            PyObject l = readline();
            return Ops.len(l) == 0 ? null : l;
        }

        @Override public PyObject repr() {
            if (binary) return new PyStr("<_io.BufferedReader name='" + path + "'>");
            return new PyStr("<_io.TextIOWrapper name='" + path + "' mode='" + mode + "' encoding='UTF-8'>");
        }
    }

    static PyType PyType_io_unsupported() { return Exc.OSError; }

    static {
        for (PyType t : new PyType[] { FILE, BFILE }) {
            t.type = T.TYPE;
            t.dict.type = T.DICT;
            t.setAttrRaw("__module__", new PyStr("_io"));
            t.def("read", (a, kw) -> ((PyFile) a[0]).read(a.length > 1 && a[1] != T.None ? Ops.index(a[1], null) : -1));
            t.def0("readline", s -> ((PyFile) s).readline());
            t.def0("readlines", s -> {
                PyList l = new PyList();
                PyObject x;
                while ((x = s.next()) != null) l.append(x);
                return l;
            });
            t.def1("write", (s, x) -> {
                PyFile f = (PyFile) s;
                f.check();
                if (!f.writing) throw Exc.make(Exc.OSError, "not writable");
                byte[] b;
                if (f.binary) b = BytesMethods.toBytes(x);
                else {
                    if (!(x instanceof PyStr xs)) throw Exc.type("write() argument must be str, not " + x.type.name);
                    b = Codecs.encode(xs.value, "utf-8", "strict");
                }
                f.out.write(b, 0, b.length);
                return PyInt.of(f.binary ? b.length : ((PyStr) x).cpLength());
            });
            t.def1("writelines", (s, it) -> {
                for (PyObject x : Ops.toArray(it)) Ops.invoke(s, "write", x);
                return T.None;
            });
            t.def0("close", s -> { ((PyFile) s).close(); return T.None; });
            t.def0("flush", s -> T.None);
            t.def0("__enter__", s -> { ((PyFile) s).check(); return s; });
            t.def("__exit__", (a, kw) -> { ((PyFile) a[0]).close(); return T.None; });
            t.def0("__iter__", s -> s.iter());
            t.def0("__next__", s -> { PyObject v = s.next(); if (v == null) throw Exc.stopIteration(); return v; });
            t.def0("readable", s -> PyBool.of(!((PyFile) s).writing));
            t.def0("writable", s -> PyBool.of(((PyFile) s).writing));
            t.def0("seekable", s -> T.TRUE);
            t.def0("tell", s -> PyInt.of(((PyFile) s).pos));
            t.def("seek", (a, kw) -> { ((PyFile) a[0]).pos = (int) Ops.index(a[1], null); return a[1]; });
            t.getset("name", s -> new PyStr(((PyFile) s).path), null);
            t.getset("mode", s -> new PyStr(((PyFile) s).mode), null);
            t.getset("closed", s -> PyBool.of(((PyFile) s).closed), null);
            t.getset("encoding", s -> new PyStr("UTF-8"), null);
        }
    }

    static PyObject open(Runtime rt, PyObject[] a, PyStr[] kw) {
        PyObject[] p = Args.parse("open", a, kw, 0, new String[] { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" }, 1);
        if (!(p[0] instanceof PyStr path)) throw Exc.type("expected str, bytes or os.PathLike object, not " + p[0].type.name);
        String mode = p[1] == null ? "r" : Args.str(p[1], "open", "'mode'");
        for (char c : mode.toCharArray()) {
            if ("rwxabt+".indexOf(c) < 0) throw Exc.value("invalid mode: '" + mode + "'");
        }
        boolean binary = mode.contains("b");
        PyFile f = new PyFile(rt, path.value, mode, binary);
        if (f.writing) {
            f.out = new java.io.ByteArrayOutputStream();
            if (mode.contains("x") && rt.fs.read(path.value) != null) throw Exc.osError(Exc.FileExistsError, 17, "File exists", path.value);
            if (!mode.contains("a") && !rt.fs.write(path.value, new byte[0], false)) {
                throw Exc.osError(Exc.FileNotFoundError, 2, "No such file or directory", path.value);
            }
        } else {
            byte[] b = rt.fs.read(path.value);
            if (b == null) throw Exc.osError(Exc.FileNotFoundError, 2, "No such file or directory", path.value);
            f.data = b;
        }
        return f;
    }
}
