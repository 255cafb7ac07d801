package pyjama.python.runtime;

/**
 * The {@code _io} module and {@code open()}: CPython's three layers over the embedding's files,
 * {@link PyFileIO} (raw: one file handle) under {@link PyBuffered} (BufferedReader, Writer,
 * Random) under {@link PyTextIOWrapper}. The pure-Python {@code io} module re-exports these and
 * adds StringIO, BytesIO and the ABCs (registering these classes with them).
 */
final class IoModule {
    private IoModule() {}

    static final int DEFAULT_BUFFER_SIZE = 8192;

    static final PyType IO_BASE = type("_IOBase", T.OBJECT);
    static final PyType RAW_IO_BASE = type("_RawIOBase", IO_BASE);
    static final PyType BUFFERED_IO_BASE = type("_BufferedIOBase", IO_BASE);
    static final PyType TEXT_IO_BASE = type("_TextIOBase", IO_BASE);

    /** io.UnsupportedOperation: both OSError and ValueError, as CPython's. */
    static final PyType UNSUPPORTED;
    static {
        PyType t = new PyType("UnsupportedOperation", new PyType[] { Exc.OSError, Exc.ValueError }, true);
        t.solidBase = Exc.BaseException;
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.isException = true;
        t.setAttrRaw("__module__", new PyStr("io"));
        UNSUPPORTED = t;
    }

    /** A builtin type of this module. */
    static PyType type(String name, PyType base) {
        PyType t = new PyType(name, base);
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.setAttrRaw("__module__", new PyStr("_io"));
        t.weakrefable = true; // _IOBase has a weakref list; the others inherit it
        return t;
    }

    static PyException unsupported(String msg) { return Exc.make(UNSUPPORTED, msg); }

    /** A read size: None or absent is -1. */
    static int sizeArg(PyObject o) {
        if (o == null || o == T.None) return -1;
        if (!(o instanceof PyInt) && o.type.lookup(S.__index__) == null) {
            throw Exc.type("argument should be integer or None, not '" + o.type.name + "'");
        }
        long n = Ops.index(o, null);
        return n < 0 ? -1 : (int) Math.min(n, Integer.MAX_VALUE - 16);
    }

    /** The bytes of a writable buffer argument (bytearray, or a memoryview of one). */
    record WritableBuffer(byte[] bytes, int off, int len) {}

    /** {@code what} names the argument as CPython's message does ("readinto() argument 1"). */
    static WritableBuffer writableBuffer(PyObject o, String what) {
        if (o instanceof PyBytes b && b.isMutable()) return new WritableBuffer(b.bytes, 0, b.len);
        if (o instanceof PyMemoryView m && m.obj.isMutable()) {
            m.check();
            return new WritableBuffer(m.obj.bytes, m.start, m.length);
        }
        throw Exc.type(what + " must be read-write bytes-like object, not " + o.type.name);
    }

    /** readline on a binary stream. */
    interface Lines {
        byte[] readline(int limit);
    }

    /** IOBase's line and context-manager methods for the binary classes. */
    static void lineMethods(PyType t) {
        t.def("readline", (a, kw) -> {
            PyObject[] p = Args.parse("readline", a, kw, 1, new String[] { "size", "/" }, 0);
            return new PyBytes(((Lines) a[0]).readline(sizeArg(p[0])));
        });
        t.def("readlines", (a, kw) -> {
            PyObject[] p = Args.parse("readlines", a, kw, 1, new String[] { "hint", "/" }, 0);
            long hint = p[0] == null || p[0] == T.None ? -1 : Ops.index(p[0], null);
            PyList out = new PyList();
            long total = 0;
            while (true) {
                byte[] line = ((Lines) a[0]).readline(-1);
                if (line.length == 0) break;
                out.append(new PyBytes(line));
                total += line.length;
                if (hint > 0 && total > hint) break;
            }
            return out;
        });
        t.def1("writelines", (s, lines) -> {
            checkOpen(s);
            PyObject it = Ops.iter(lines);
            PyObject x;
            while ((x = Ops.next(it)) != null) {
                byte[] b = BindingModules.bytesArg(x);
                ((BinaryStream) s).write(b, 0, b.length);
            }
            return T.None;
        });
        t.def0("__iter__", s -> { checkOpen(s); return s; });
        t.def0("__next__", s -> {
            byte[] line = ((Lines) s).readline(-1);
            if (line.length == 0) throw Exc.stopIteration();
            return new PyBytes(line);
        });
        t.def0("__enter__", s -> { checkOpen(s); return s; });
        t.def("__exit__", (a, kw) -> { ((BinaryStream) a[0]).close(); return T.None; });
    }

    static void checkOpen(PyObject s) {
        if (((BinaryStream) s).closed()) throw Exc.value("I/O operation on closed file.");
    }

    private static String optStr(PyObject o, String what) {
        if (o == null || o == T.None) return null;
        if (o instanceof PyStr s) return s.value;
        throw Exc.type("open() argument '" + what + "' must be str or None, not " + o.type.name);
    }

    /** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
    static PyObject open(Runtime rt, PyObject[] a, PyStr[] kw) {
        PyObject[] p = Args.parse("open", a, kw, 0,
                new String[] { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" }, 1);
        PyObject file = p[0];
        String mode = "r";
        if (p[1] != null) {
            if (!(p[1] instanceof PyStr ms)) throw Exc.type("open() argument 'mode' must be str, not " + p[1].type.name);
            mode = ms.value;
        }
        long buffering = p[2] == null ? -1 : Ops.index(p[2], null);
        String encoding = optStr(p[3], "encoding"), errors = optStr(p[4], "errors"), newline = optStr(p[5], "newline");
        boolean closefd = p[6] == null || Ops.isTrue(p[6]);

        boolean creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            int k = "xrwabt+".indexOf(c);
            if (k < 0 || mode.indexOf(c) != i) throw Exc.value("invalid mode: " + Ops.repr(new PyStr(mode)).value);
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        if (text && binary) throw Exc.value("can't have text and binary mode at once");
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) throw Exc.value("must have exactly one of create/read/write/append mode");
        if (binary && encoding != null) throw Exc.value("binary mode doesn't take an encoding argument");
        if (binary && errors != null) throw Exc.value("binary mode doesn't take an errors argument");
        if (binary && newline != null) throw Exc.value("binary mode doesn't take a newline argument");
        String rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");

        if (binary && buffering == 1) {
            warnAtCaller(rt, Exc.RuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, "
                    + "the default buffer size will be used");
        }
        // What could fail after the file is open is found out before, and raised after it is
        // closed again (CPython opens first: open('new', 'w', encoding='bad') creates 'new').
        PyException textProblem = binary ? null : PyTextIOWrapper.checkArgs(encoding, newline);
        PyFileIO raw = PyFileIO.open(rt, PyFileIO.TYPE, file, rawMode, closefd, p[7]);
        boolean lineBuffering = false;
        if (buffering == 1 || (buffering < 0 && raw.isatty())) {
            buffering = -1;
            lineBuffering = true;
        }
        if (buffering < 0) buffering = raw.blksize;
        if (buffering == 0) {
            if (binary) return raw;
            textProblem = Exc.value("can't have unbuffered text I/O");
        }
        if (textProblem != null) {
            closeQuietly(raw);
            throw textProblem;
        }
        PyType kind = updating ? PyBuffered.RANDOM : creating || writing || appending ? PyBuffered.WRITER : PyBuffered.READER;
        PyBuffered buffer = PyBuffered.create(rt, kind, raw, (int) Math.min(buffering, 1 << 24));
        if (binary) return buffer;
        PyTextIOWrapper w = PyTextIOWrapper.create(rt, PyTextIOWrapper.TYPE, buffer,
                encoding == null ? null : new PyStr(encoding), errors == null ? null : new PyStr(errors),
                newline == null ? T.None : new PyStr(newline), lineBuffering, false);
        w.dict.setStr("mode", new PyStr(mode));
        return w;
    }

    private static void closeQuietly(PyFileIO raw) {
        try {
            raw.close();
        } catch (PyException e) {
            // the error that made us close it is the one to report
        }
    }

    /**
     * warnings.warn from a builtin, attributed to the Python code that called it (CPython's
     * PyErr_WarnEx with stacklevel 1). warnings.warn itself cannot find that frame when Java
     * calls it (a nested call starts a frame chain of its own), so the location is given
     * explicitly as warn() would compute it.
     */
    static void warnAtCaller(Runtime rt, PyType category, String message) {
        // the caller's frame first: importing warnings runs Python code
        PyObject frame = Interp.cur.frame == null ? null : Ops.call(rt.sys.get("_getframe"), PyInt.of(0));
        PyObject warnings = rt.importer.importModule("warnings");
        if (frame == null) {
            Ops.invoke(warnings, "warn", new PyStr(message), category);
            return;
        }
        PyDict globals = (PyDict) Ops.getattr(frame, "f_globals");
        PyObject code = Ops.getattr(frame, "f_code");
        PyObject module = globals.getStr("__name__");
        PyObject registry = globals.getStr("__warningregistry__");
        if (registry == null) {
            registry = new PyDict();
            globals.setStr("__warningregistry__", registry);
        }
        Ops.invoke(warnings, "warn_explicit", new PyStr(message), category, Ops.getattr(code, "co_filename"),
                Ops.getattr(frame, "f_lineno"), module == null ? new PyStr("<string>") : module, registry, globals);
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("_io");
        m.set("open", rt.builtins.dict.getStr("open"));
        m.set("DEFAULT_BUFFER_SIZE", PyInt.of(DEFAULT_BUFFER_SIZE));
        m.set("UnsupportedOperation", UNSUPPORTED);
        m.set("BlockingIOError", Exc.BlockingIOError);
        m.set("_IOBase", IO_BASE);
        m.set("_RawIOBase", RAW_IO_BASE);
        m.set("_BufferedIOBase", BUFFERED_IO_BASE);
        m.set("_TextIOBase", TEXT_IO_BASE);
        m.set("FileIO", PyFileIO.TYPE);
        m.set("BufferedReader", PyBuffered.READER);
        m.set("BufferedWriter", PyBuffered.WRITER);
        m.set("BufferedRandom", PyBuffered.RANDOM);
        m.set("TextIOWrapper", PyTextIOWrapper.TYPE);
        m.def("text_encoding", (a, kw) -> {
            PyObject[] p = Args.parse("text_encoding", a, kw, 0, new String[] { "encoding", "stacklevel", "/" }, 1);
            return p[0] == T.None ? new PyStr("utf-8") : p[0];
        });
        return m;
    }
}
