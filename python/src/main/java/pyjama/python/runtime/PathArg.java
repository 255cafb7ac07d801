package pyjama.python.runtime;

/**
 * A path argument of an os function or of open(), converted as CPython's path_converter does:
 * str, bytes or os.PathLike (through {@code __fspath__}), optionally a descriptor number or
 * None. {@code given} is what CPython reports as the exception's filename (the str or bytes,
 * never the PathLike object); {@code path} is the text the file system gets (bytes are decoded
 * as UTF-8 with surrogateescape, os.fsdecode's rule).
 */
record PathArg(PyObject given, String path, int fd) {
    static final int NO_FD = -1;

    boolean isBytes() { return given instanceof PyBytes; }

    /** Paths for open() (no function name in the messages). */
    static PathArg of(PyObject o, String fname, String arg) { return of(o, fname, arg, false, false); }

    static PathArg of(PyObject o, String fname, String arg, boolean allowFd, boolean allowNone) {
        if (allowNone && (o == null || o == T.None)) return new PathArg(new PyStr("."), ".", NO_FD);
        if (allowFd && o instanceof PyInt i) {
            long fd = Ops.index(i, null);
            if (fd < 0 || fd > Integer.MAX_VALUE) throw Exc.value(fname + ": fd must be a non-negative integer");
            return new PathArg(o, null, (int) fd);
        }
        PyObject p = o;
        if (!(p instanceof PyStr) && !(p instanceof PyBytes pb && !pb.isMutable())) {
            PyObject m = o.type.lookup(PyStr.intern("__fspath__"));
            if (m == null) throw Exc.type(typeMessage(o, fname, arg, allowFd, allowNone));
            p = Ops.callMethod(m, o);
            if (!(p instanceof PyStr) && !(p instanceof PyBytes pb2 && !pb2.isMutable())) {
                throw Exc.type("expected " + o.type.name + ".__fspath__() to return str or bytes, not " + p.type.name);
            }
        }
        String text;
        if (p instanceof PyStr s) {
            text = s.value;
            if (text.indexOf('\0') >= 0) throw Exc.value("embedded null byte");
        } else {
            byte[] b = ((PyBytes) p).toArray();
            for (byte x : b) {
                if (x == 0) throw Exc.value((fname == null ? "" : fname + ": ") + "embedded null character in " + (arg == null ? "path" : arg));
            }
            text = Codecs.decode(b, "utf-8", "surrogateescape");
        }
        return new PathArg(p, text, NO_FD);
    }

    private static String typeMessage(PyObject o, String fname, String arg, boolean allowFd, boolean allowNone) {
        if (fname == null) return "expected str, bytes or os.PathLike object, not " + o.type.name;
        StringBuilder sb = new StringBuilder(fname).append(": ").append(arg == null ? "path" : arg).append(" should be string, bytes");
        if (!allowFd && !allowNone) sb.append(" or os.PathLike");
        else {
            sb.append(", os.PathLike");
            if (allowFd && allowNone) sb.append(", integer or None");
            else sb.append(allowFd ? " or integer" : " or None");
        }
        return sb.append(", not ").append(o.type.name).toString();
    }

    /** A name the file system gave back, in the type of this path (os.fsencode for bytes). */
    PyObject name(String s) {
        return isBytes() ? new PyBytes(Codecs.encode(s, "utf-8", "surrogateescape")) : new PyStr(s);
    }

    /** The PathLike-free object os.fspath would return. */
    static PyObject fspath(PyObject o) {
        if (o instanceof PyStr || (o instanceof PyBytes b && !b.isMutable())) return o;
        PyObject m = o.type.lookup(PyStr.intern("__fspath__"));
        if (m == null) throw Exc.type("expected str, bytes or os.PathLike object, not " + o.type.name);
        PyObject p = Ops.callMethod(m, o);
        if (!(p instanceof PyStr) && !(p instanceof PyBytes pb && !pb.isMutable())) {
            throw Exc.type("expected " + o.type.name + ".__fspath__() to return str or bytes, not " + p.type.name);
        }
        return p;
    }
}
