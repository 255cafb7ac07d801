package pyjama.python.runtime;

/**
 * A binary stream as one io layer sees the layer below it: the buffered layer sees its raw
 * stream, TextIOWrapper its buffer. The interpreter's own classes ({@link PyFileIO},
 * {@link PyBuffered}) implement it directly, so a text file read by line is Java calls all the
 * way down; any other Python object (an {@code io.BytesIO}, a user's raw class) is reached
 * through {@link #of}, which calls its Python methods by name.
 */
interface BinaryStream {
    /** Up to n bytes (all that is left when n is negative); empty at end of file. */
    byte[] read(int n);

    /** Up to n bytes with at most one read from the layer below (read1; for raw streams read). */
    byte[] read1(int n);

    /** Writes and returns how many bytes were taken. */
    int write(byte[] b, int off, int len);

    long seek(long pos, int whence);

    long tell();

    /** Truncates to size (the position when size is negative); returns the new size. */
    long truncate(long size);

    void flush();

    void close();

    boolean closed();

    boolean readable();

    boolean writable();

    boolean seekable();

    boolean isatty();

    PyObject fileno();

    /** The "name" attribute, or null when there is none. */
    PyObject name();

    /** The "mode" attribute, or null when there is none. */
    PyObject mode();

    /** The Python object itself (what .raw/.buffer return). */
    PyObject object();

    static BinaryStream of(PyObject o) {
        if (o instanceof BinaryStream s) return s;
        return new PyObjectStream(o);
    }

    /** Any Python object with the io methods. */
    final class PyObjectStream implements BinaryStream {
        final PyObject o;

        PyObjectStream(PyObject o) { this.o = o; }

        private PyObject call(String name, PyObject... args) { return Ops.invoke(o, name, args); }

        private static byte[] bytes(PyObject r, String what) {
            if (r == T.None) return new byte[0];
            byte[] b = BindingModules.buffer(r);
            if (b == null) throw Exc.type(what + " should have returned a bytes-like object, not '" + r.type.name + "'");
            return b;
        }

        @Override public byte[] read(int n) { return bytes(call("read", PyInt.of(n)), "read()"); }

        @Override public byte[] read1(int n) {
            PyObject m = Ops.getattrOrNull(o, PyStr.intern("read1"));
            return bytes(m != null ? Ops.call(m, PyInt.of(n)) : call("read", PyInt.of(n)), "read1()");
        }

        @Override public int write(byte[] b, int off, int len) {
            byte[] part = off == 0 && len == b.length ? b : java.util.Arrays.copyOfRange(b, off, off + len);
            PyObject r = call("write", new PyBytes(part));
            return r == T.None ? len : (int) Ops.index(r, null);
        }

        @Override public long seek(long pos, int whence) { return Ops.index(call("seek", PyInt.of(pos), PyInt.of(whence)), null); }

        @Override public long tell() { return Ops.index(call("tell"), null); }

        @Override public long truncate(long size) {
            return Ops.index(size < 0 ? call("truncate") : call("truncate", PyInt.of(size)), null);
        }

        @Override public void flush() { call("flush"); }

        @Override public void close() { call("close"); }

        @Override public boolean closed() { return Ops.isTrue(Ops.getattr(o, PyStr.intern("closed"))); }

        @Override public boolean readable() { return Ops.isTrue(call("readable")); }

        @Override public boolean writable() { return Ops.isTrue(call("writable")); }

        @Override public boolean seekable() { return Ops.isTrue(call("seekable")); }

        @Override public boolean isatty() { return Ops.isTrue(call("isatty")); }

        @Override public PyObject fileno() { return call("fileno"); }

        @Override public PyObject name() { return Ops.getattrOrNull(o, PyStr.intern("name")); }

        @Override public PyObject mode() { return Ops.getattrOrNull(o, PyStr.intern("mode")); }

        @Override public PyObject object() { return o; }
    }
}
