package pyjama.python.runtime;

import java.io.ByteArrayOutputStream;

/**
 * {@code _io.BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom}: one class,
 * three types (the kind decides which side is allowed). One buffer holds either data read ahead
 * from the raw stream or data not yet written to it, never both: reading first writes out
 * pending data, writing first moves the raw stream back over what was read ahead (as CPython's
 * BufferedRandom does), so the logical position is always {@code raw.tell() - readAhead +
 * pending}.
 */
final class PyBuffered extends PyObject implements BinaryStream, IoModule.Lines, OpenFiles.Pending {
    static final PyType READER = IoModule.type("BufferedReader", IoModule.BUFFERED_IO_BASE);
    static final PyType WRITER = IoModule.type("BufferedWriter", IoModule.BUFFERED_IO_BASE);
    static final PyType RANDOM = IoModule.type("BufferedRandom", IoModule.BUFFERED_IO_BASE);

    final Runtime rt;
    private BinaryStream raw;
    final boolean canRead, canWrite;
    final int bufferSize;
    /** Read-ahead: buf[rpos, rlen). Pending writes: wbuf[0, wlen). At most one is non-empty. */
    private byte[] buf = new byte[0];
    private int rpos, rlen;
    private byte[] wbuf;
    private int wlen;

    PyBuffered(Runtime rt, PyType type, BinaryStream raw, int bufferSize) {
        super(type);
        this.rt = rt;
        this.raw = raw;
        PyType kind = kind(type);
        this.canRead = kind != WRITER;
        this.canWrite = kind != READER;
        this.bufferSize = bufferSize;
        this.dict = new PyDict();
    }

    /** The builtin type a (possibly Python-subclassed) type derives from. */
    static PyType kind(PyType t) {
        if (t.isSubtype(RANDOM)) return RANDOM;
        return t.isSubtype(WRITER) ? WRITER : READER;
    }

    static PyBuffered create(Runtime rt, PyType cls, PyObject rawObj, int bufferSize) {
        BinaryStream raw = BinaryStream.of(rawObj);
        PyType kind = kind(cls);
        if (kind != WRITER && !raw.readable()) throw IoModule.unsupported("File or stream is not readable.");
        if (kind != READER && !raw.writable()) throw IoModule.unsupported("File or stream is not writable.");
        if (kind == RANDOM && !raw.seekable()) throw IoModule.unsupported("File or stream is not seekable.");
        if (bufferSize <= 0) throw Exc.value("buffer size must be strictly positive");
        PyBuffered b = new PyBuffered(rt, cls, raw, bufferSize);
        Runtime.initInstance(b, cls);
        return b;
    }

    private BinaryStream raw() {
        if (raw == null) throw Exc.value("raw stream has been detached");
        return raw;
    }

    private void checkClosed(String what) {
        if (raw().closed()) throw Exc.value(what);
    }

    private String typeName() { return kind(type).name; }

    // ---- the buffer ---------------------------------------------------------------------------

    /** Drops the read-ahead, moving the raw stream back to the logical position. */
    private void dropReadAhead() {
        int ahead = rlen - rpos;
        rpos = rlen = 0;
        if (ahead > 0) raw().seek(-ahead, 1);
    }

    /** Writes out pending data (all of it: a short raw write is retried); what was written leaves the buffer at once. */
    private void writePending() {
        while (wlen > 0) {
            int n = raw().write(wbuf, 0, wlen);
            if (n <= 0) break;
            System.arraycopy(wbuf, n, wbuf, 0, wlen - n);
            wlen -= n;
        }
        if (wlen == 0) rt.files.clean(this);
    }

    @Override public void flushPending() {
        if (raw != null && !raw.closed() && wlen > 0) writePending();
    }

    /** Refills the read-ahead with one raw read; false at end of file. */
    private boolean fill() {
        if (wlen > 0) writePending();
        if (buf.length < bufferSize) buf = new byte[bufferSize];
        byte[] got = raw().read1(bufferSize);
        if (got.length == 0) return false;
        if (got.length > buf.length) buf = new byte[got.length];
        System.arraycopy(got, 0, buf, 0, got.length);
        rpos = 0;
        rlen = got.length;
        return true;
    }

    private void checkReadable(String closedMessage) {
        checkClosed(closedMessage);
        if (!canRead) throw IoModule.unsupported("read");
    }

    // ---- reading ------------------------------------------------------------------------------

    @Override public byte[] read(int n) {
        checkReadable("read of closed file");
        if (wlen > 0) writePending();
        if (n < 0) {
            byte[] rest = raw().read(-1);
            byte[] out = new byte[rlen - rpos + rest.length];
            System.arraycopy(buf, rpos, out, 0, rlen - rpos);
            System.arraycopy(rest, 0, out, rlen - rpos, rest.length);
            rpos = rlen = 0;
            return out;
        }
        if (n <= rlen - rpos) {
            byte[] out = java.util.Arrays.copyOfRange(buf, rpos, rpos + n);
            rpos += n;
            return out;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        out.write(buf, rpos, rlen - rpos);
        rpos = rlen = 0;
        while (out.size() < n) {
            int want = n - out.size();
            if (want >= bufferSize) {
                byte[] got = raw().read1(want);
                if (got.length == 0) break;
                out.write(got, 0, got.length);
            } else {
                if (!fill()) break;
                int k = Math.min(want, rlen);
                out.write(buf, 0, k);
                rpos = k;
            }
        }
        return out.toByteArray();
    }

    @Override public byte[] read1(int n) {
        checkReadable("read of closed file");
        if (n < 0) n = bufferSize;
        if (n == 0) return new byte[0];
        if (rlen - rpos == 0) {
            if (wlen > 0) writePending();
            if (n > bufferSize) return raw().read1(n);
            if (!fill()) return new byte[0];
        }
        int k = Math.min(n, rlen - rpos);
        byte[] out = java.util.Arrays.copyOfRange(buf, rpos, rpos + k);
        rpos += k;
        return out;
    }

    byte[] peek() {
        checkReadable("peek of closed file");
        if (rlen - rpos == 0) fill();
        return java.util.Arrays.copyOfRange(buf, rpos, rlen);
    }

    @Override public byte[] readline(int limit) {
        checkReadable("readline of closed file");
        ByteArrayOutputStream out = null;
        while (limit < 0 || out == null || out.size() < limit) {
            if (rpos == rlen && !fill()) break;
            int have = out == null ? 0 : out.size();
            int max = limit < 0 ? rlen : (int) Math.min(rlen, (long) rpos + limit - have);
            int end = rpos;
            while (end < max && buf[end] != '\n') end++;
            boolean found = end < max;
            if (found) end++;
            if (out == null && (found || end - rpos == limit)) {
                // the common case: the whole line was in the buffer
                byte[] line = java.util.Arrays.copyOfRange(buf, rpos, end);
                rpos = end;
                return line;
            }
            if (out == null) out = new ByteArrayOutputStream();
            out.write(buf, rpos, end - rpos);
            rpos = end;
            if (found) break;
        }
        return out == null ? new byte[0] : out.toByteArray();
    }

    int readinto(PyObject target) {
        IoModule.WritableBuffer w = IoModule.writableBuffer(target, "readinto() argument");
        byte[] got = read(w.len());
        System.arraycopy(got, 0, w.bytes(), w.off(), got.length);
        return got.length;
    }

    // ---- writing ------------------------------------------------------------------------------

    @Override public int write(byte[] b, int off, int len) {
        checkClosed("write to closed file");
        if (!canWrite) throw IoModule.unsupported("write");
        if (rlen - rpos > 0 || rlen > 0) dropReadAhead();
        if (wbuf == null) wbuf = new byte[bufferSize];
        if (wlen + len > wbuf.length) {
            writePending();
            if (len >= wbuf.length) {
                // larger than the buffer: straight through
                int done = 0;
                while (done < len) {
                    int n = raw().write(b, off + done, len - done);
                    if (n <= 0) break;
                    done += n;
                }
                return len;
            }
        }
        System.arraycopy(b, off, wbuf, wlen, len);
        wlen += len;
        if (wlen > 0) rt.files.dirty(this);
        return len;
    }

    @Override public void flush() {
        checkClosed("flush of closed file");
        if (canWrite && wlen > 0) writePending();
    }

    // ---- positioning --------------------------------------------------------------------------

    @Override public long seek(long pos, int whence) {
        // 3 and 4 are Linux's SEEK_DATA and SEEK_HOLE, which go to the raw stream as CPython's do
        if (whence < 0 || whence > 4) throw Exc.value("whence value " + whence + " unsupported");
        checkClosed("seek of closed file");
        if (!raw().seekable()) throw IoModule.unsupported("File or stream is not seekable.");
        if (wlen > 0) writePending();
        if (whence == 1) pos -= rlen - rpos;
        else if (whence > 2 && rlen > 0) dropReadAhead();
        rpos = rlen = 0;
        return raw().seek(pos, whence);
    }

    @Override public long tell() {
        long pos = raw().tell() - (rlen - rpos) + wlen;
        return Math.max(pos, 0);
    }

    @Override public long truncate(long size) {
        checkClosed("truncate of closed file");
        if (!canWrite) throw IoModule.unsupported("truncate");
        if (wlen > 0) writePending();
        if (rlen > 0) dropReadAhead();
        return raw().truncate(size);
    }

    // ---- the rest -----------------------------------------------------------------------------

    @Override public void close() {
        if (raw == null) throw Exc.value("raw stream has been detached");
        if (raw.closed()) return;
        // the raw file is closed even if writing out fails; that error is raised after
        PyException failure = wlen > 0 ? writeCatching(this) : null;
        rt.files.clean(this);
        raw.close();
        if (failure != null) throw failure;
    }

    private static PyException writeCatching(PyBuffered b) {
        try {
            b.writePending();
            return null;
        } catch (PyException e) {
            return e;
        }
    }

    PyObject detach() {
        flush();
        BinaryStream r = raw();
        raw = null;
        rt.files.clean(this);
        return r.object();
    }

    @Override public boolean closed() { return raw().closed(); }

    @Override public boolean readable() { return canRead && raw().readable(); }

    @Override public boolean writable() { return canWrite && raw().writable(); }

    @Override public boolean seekable() { return raw().seekable(); }

    @Override public boolean isatty() { return raw().isatty(); }

    @Override public PyObject fileno() { return raw().fileno(); }

    @Override public PyObject name() { return raw().name(); }

    @Override public PyObject mode() { return raw().mode(); }

    @Override public PyObject object() { return this; }

    @Override public PyObject repr() {
        PyObject name = raw == null ? null : raw.name();
        String n = "_io." + typeName();
        return new PyStr(name == null ? "<" + n + ">" : "<" + n + " name=" + Ops.repr(name).value + ">");
    }

    static PyBuffered self(PyObject o) { return (PyBuffered) o; }

    static {
        for (PyType t : new PyType[] { READER, WRITER, RANDOM }) {
            t.defNew((a, kw) -> {
                PyObject[] p = Args.parse(((PyType) a[0]).name, a, kw, 1, new String[] { "raw", "buffer_size" }, 1);
                int size = p[1] == null ? IoModule.DEFAULT_BUFFER_SIZE : Ops.toInt(p[1]);
                return create(Interp.cur.rt, (PyType) a[0], p[0], size);
            });
            t.def("__init__", (a, kw) -> T.None);
            t.def("read", (a, kw) -> {
                PyObject[] p = Args.parse("read", a, kw, 1, new String[] { "size", "/" }, 0);
                return new PyBytes(self(a[0]).read(IoModule.sizeArg(p[0])));
            });
            t.def("read1", (a, kw) -> {
                PyObject[] p = Args.parse("read1", a, kw, 1, new String[] { "size", "/" }, 0);
                return new PyBytes(self(a[0]).read1(p[0] == null ? -1 : Ops.toInt(p[0])));
            });
            t.def("peek", (a, kw) -> new PyBytes(self(a[0]).peek()));
            t.def1("readinto", (s, b) -> PyInt.of(self(s).readinto(b)));
            t.def1("readinto1", (s, b) -> PyInt.of(self(s).readinto(b)));
            t.def1("write", (s, b) -> {
                PyBuffered f = self(s);
                f.checkClosed("write to closed file");
                byte[] data = BindingModules.bytesArg(b);
                return PyInt.of(f.write(data, 0, data.length));
            });
            t.def0("flush", s -> { self(s).flush(); return T.None; });
            t.def("seek", (a, kw) -> {
                PyObject[] p = Args.parse("seek", a, kw, 1, new String[] { "target", "whence", "/" }, 1);
                return PyInt.of(self(a[0]).seek(Ops.index(p[0], null), p[1] == null ? 0 : Ops.toInt(p[1])));
            });
            t.def0("tell", s -> {
                PyBuffered f = self(s);
                f.checkClosed("I/O operation on closed file");
                return PyInt.of(f.tell());
            });
            t.def("truncate", (a, kw) -> {
                PyObject[] p = Args.parse("truncate", a, kw, 1, new String[] { "pos", "/" }, 0);
                return PyInt.of(self(a[0]).truncate(p[0] == null || p[0] == T.None ? -1 : Ops.index(p[0], null)));
            });
            t.def0("close", s -> { self(s).close(); return T.None; });
            t.def0("detach", s -> self(s).detach());
            t.def0("readable", s -> PyBool.of(self(s).readable()));
            t.def0("writable", s -> PyBool.of(self(s).writable()));
            t.def0("seekable", s -> PyBool.of(self(s).seekable()));
            t.def0("isatty", s -> PyBool.of(self(s).isatty()));
            t.def0("fileno", s -> self(s).fileno());
            t.getset("raw", s -> self(s).raw().object(), null);
            t.getset("closed", s -> PyBool.of(self(s).closed()), null);
            t.getset("name", s -> {
                PyObject n = self(s).name();
                if (n == null) throw Exc.attr("'" + self(s).raw().object().type.name + "' object has no attribute 'name'");
                return n;
            }, null);
            t.getset("mode", s -> {
                PyObject m = self(s).mode();
                if (m == null) throw Exc.attr("'" + self(s).raw().object().type.name + "' object has no attribute 'mode'");
                return m;
            }, null);
            IoModule.lineMethods(t);
        }
    }
}
