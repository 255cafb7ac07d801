package pyjama.python.runtime;

import java.io.ByteArrayOutputStream;
import pyjama.python.Errno;
import pyjama.python.FileHandle;
import pyjama.python.FileStat;
import pyjama.python.FileSystem;
import pyjama.python.FileSystemError;

/**
 * {@code _io.FileIO}: the raw layer of a file, one {@link FileHandle} of the embedding's file
 * system and its descriptor number in the interpreter's {@link OpenFiles}. Every method is one
 * call on the handle, as CPython's is one system call. Messages are CPython's (note "I/O
 * operation on closed file" without the final period, which the other layers have).
 */
final class PyFileIO extends PyObject implements BinaryStream, IoModule.Lines {
    static final PyType TYPE = IoModule.type("FileIO", IoModule.RAW_IO_BASE);

    final Runtime rt;
    FileHandle handle;
    int fd = -1;
    boolean readable, writable, appending, created, closefd = true, closed;
    /** -1 unknown, 0 no, 1 yes. */
    private int seekable = -1;
    long blksize = IoModule.DEFAULT_BUFFER_SIZE;

    PyFileIO(Runtime rt, PyType type) {
        super(type);
        this.rt = rt;
        this.dict = new PyDict();
    }

    /**
     * FileIO(file, mode='r', closefd=True, opener=None). {@code file} is a path (str, bytes,
     * os.PathLike) or a descriptor number.
     */
    static PyFileIO open(Runtime rt, PyType cls, PyObject file, String mode, boolean closefd, PyObject opener) {
        PyFileIO f = new PyFileIO(rt, cls);
        Runtime.initInstance(f, cls);
        int flags = f.parseMode(mode);
        PyObject nameObj;
        String path = null;
        if (file instanceof PyFloat) throw Exc.type("expected str, bytes or os.PathLike object, not float");
        if (file instanceof PyInt i) {
            long fd = Ops.index(i, null);
            if (fd < 0) throw Exc.value("negative file descriptor");
            nameObj = file;
            f.fd = (int) fd;
        } else {
            PathArg p = PathArg.of(file, null, null);
            nameObj = p.given();
            path = p.path();
            if (!closefd) throw Exc.value("Cannot use closefd=False with file name");
        }
        f.closefd = closefd;
        rt.files.flushAll();
        FileSystemError failure = attach(rt, f, path, flags, opener, nameObj);
        if (failure != null) throw Exc.osError(failure, nameObj, null);
        if (f.directory) {
            // as CPython's FileIO: a directory opens (read-only) but is refused after fstat
            f.closeHandle();
            throw Exc.osError(Errno.EISDIR, nameObj, null);
        }
        f.dict.setStr("name", nameObj);
        return f;
    }

    /** Set when fstat after opening said directory (open() then refuses it). */
    private boolean directory;

    /**
     * Opens (or adopts the descriptor of) f and fstats it; returns the error instead of throwing
     * it, so that no exception handler needs the caller's locals (see OpenFiles).
     */
    private static FileSystemError attach(Runtime rt, PyFileIO f, String path, int flags, PyObject opener, PyObject nameObj) {
        try {
            if (path == null) {
                f.handle = rt.files.get(f.fd);
            } else if (opener != null && opener != T.None) {
                PyObject r = Ops.call(opener, nameObj, PyInt.of(flags));
                long fd = Ops.index(r, "expected an integer from opener");
                if (fd < 0) throw Exc.value("opener returned " + fd);
                f.fd = (int) fd;
                f.handle = rt.files.get(f.fd);
            } else {
                f.handle = rt.fs.open(path, flags, 0666);
                f.fd = rt.files.add(f.handle);
            }
            FileStat st = f.handle.stat();
            f.directory = st.isDirectory();
            if (!f.directory) {
                if (st.blksize() > 1) f.blksize = st.blksize();
                if (f.appending) f.handle.seek(0, FileSystem.SEEK_END);
            }
            return null;
        } catch (FileSystemError e) {
            return e;
        }
    }

    /** CPython's FileIO mode rules; returns the open flags. */
    private int parseMode(String mode) {
        boolean rwa = false, plus = false;
        int flags = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x' -> {
                    if (rwa) throw badMode();
                    rwa = true; created = true; writable = true;
                    flags |= FileSystem.O_EXCL | FileSystem.O_CREAT;
                }
                case 'r' -> {
                    if (rwa) throw badMode();
                    rwa = true; readable = true;
                }
                case 'w' -> {
                    if (rwa) throw badMode();
                    rwa = true; writable = true;
                    flags |= FileSystem.O_CREAT | FileSystem.O_TRUNC;
                }
                case 'a' -> {
                    if (rwa) throw badMode();
                    rwa = true; writable = true; appending = true;
                    flags |= FileSystem.O_APPEND | FileSystem.O_CREAT;
                }
                case 'b' -> { }
                case '+' -> {
                    if (plus) throw badMode();
                    readable = writable = plus = true;
                }
                default -> throw Exc.value("invalid mode: " + mode);
            }
        }
        if (!rwa) throw badMode();
        flags |= readable && writable ? FileSystem.O_RDWR : readable ? FileSystem.O_RDONLY : FileSystem.O_WRONLY;
        return flags | FileSystem.O_CLOEXEC;
    }

    private static PyException badMode() {
        return Exc.value("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    String modeString() {
        if (created) return readable ? "xb+" : "xb";
        if (appending) return readable ? "ab+" : "ab";
        if (readable) return writable ? "rb+" : "rb";
        return "wb";
    }

    void checkClosed() { if (closed) throw Exc.value("I/O operation on closed file"); }

    private void checkReadable() {
        checkClosed();
        if (!readable) throw IoModule.unsupported("File not open for reading");
    }

    private void checkWritable() {
        checkClosed();
        if (!writable) throw IoModule.unsupported("File not open for writing");
    }

    private void closeHandle() {
        if (rt.files.isOpen(fd) && rt.files.get(fd) == handle) rt.files.close(fd);
        else handle.close();
    }

    // ---- BinaryStream -------------------------------------------------------------------------

    @Override public byte[] read(int n) {
        checkReadable();
        if (n < 0) return readall();
        byte[] b = new byte[n];
        int got;
        try {
            got = n == 0 ? 0 : handle.read(b, 0, n);
        } catch (FileSystemError e) {
            throw Exc.osError(e, null, null);
        }
        return got == n ? b : java.util.Arrays.copyOf(b, got);
    }

    @Override public byte[] read1(int n) { return read(n); }

    byte[] readall() {
        checkReadable();
        long left = remaining(handle);
        int chunk = left > 0 && left < (1 << 30) ? (int) left + 1 : 8192;
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(chunk, 16));
        byte[] buf = new byte[chunk];
        while (true) {
            int n = readOrRaise(handle, buf);
            if (n <= 0) break;
            out.write(buf, 0, n);
            if (buf.length < 65536) buf = new byte[Math.min(65536, buf.length * 2)];
        }
        return out.toByteArray();
    }

    /** Bytes from the position to the end, or -1 when the file cannot say (not seekable). */
    private static long remaining(FileHandle h) {
        try {
            return h.size() - h.tell();
        } catch (FileSystemError e) {
            return -1;
        }
    }

    private static int readOrRaise(FileHandle h, byte[] buf) {
        try {
            return h.read(buf, 0, buf.length);
        } catch (FileSystemError e) {
            throw Exc.osError(e, null, null);
        }
    }

    int readinto(PyObject target) {
        checkReadable();
        IoModule.WritableBuffer w = IoModule.writableBuffer(target, "readinto() argument 1");
        if (w.len() == 0) return 0;
        try {
            return handle.read(w.bytes(), w.off(), w.len());
        } catch (FileSystemError e) {
            throw Exc.osError(e, null, null);
        }
    }

    /** IOBase.readline on a raw file: byte by byte, as CPython's (raw files have no buffer to peek in). */
    @Override public byte[] readline(int limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            byte[] b = read(1);
            if (b.length == 0) break;
            out.write(b[0]);
            if (b[0] == '\n') break;
        }
        return out.toByteArray();
    }

    @Override public int write(byte[] b, int off, int len) {
        checkWritable();
        try {
            return len == 0 ? 0 : handle.write(b, off, len);
        } catch (FileSystemError e) {
            throw Exc.osError(e, null, null);
        }
    }

    @Override public long seek(long pos, int whence) {
        checkClosed();
        try {
            return handle.seek(pos, whence);
        } catch (FileSystemError e) {
            throw Exc.osError(e, null, null);
        }
    }

    @Override public long tell() { return seek(0, FileSystem.SEEK_CUR); }

    @Override public long truncate(long size) {
        checkWritable();
        try {
            if (size < 0) size = handle.tell();
            handle.truncate(size);
            return size;
        } catch (FileSystemError e) {
            throw Exc.osError(e, null, null);
        }
    }

    @Override public void flush() { checkClosed(); }

    @Override public void close() {
        if (closed) return;
        closed = true;
        if (closefd) {
            try {
                closeHandle();
            } catch (FileSystemError e) {
                throw Exc.osError(e, null, null);
            }
        }
    }

    @Override public boolean closed() { return closed; }

    @Override public boolean readable() { checkClosed(); return readable; }

    @Override public boolean writable() { checkClosed(); return writable; }

    @Override public boolean seekable() {
        checkClosed();
        if (seekable < 0) seekable = canSeek(handle) ? 1 : 0;
        return seekable == 1;
    }

    private static boolean canSeek(FileHandle h) {
        try {
            h.seek(0, FileSystem.SEEK_CUR);
            return true;
        } catch (FileSystemError e) {
            return false;
        }
    }

    @Override public boolean isatty() {
        checkClosed();
        return handle.isatty();
    }

    @Override public PyObject fileno() { checkClosed(); return PyInt.of(fd); }

    @Override public PyObject name() { return dict.getStr("name"); }

    @Override public PyObject mode() { return new PyStr(modeString()); }

    @Override public PyObject object() { return this; }

    @Override public PyObject repr() {
        if (closed) return new PyStr("<_io.FileIO [closed]>");
        PyObject name = dict.getStr("name");
        String what = name == null ? "fd=" + fd : "name=" + Ops.repr(name).value;
        return new PyStr("<_io.FileIO " + what + " mode='" + modeString() + "' closefd=" + (closefd ? "True" : "False") + ">");
    }

    static PyFileIO self(PyObject o) { return (PyFileIO) o; }

    static {
        PyType t = TYPE;
        t.defNew((a, kw) -> {
            PyObject[] p = Args.parse("FileIO", a, kw, 1, new String[] { "file", "mode", "closefd", "opener" }, 1);
            String mode = p[1] == null ? "r" : Args.str(p[1], "FileIO", "'mode'");
            return open(Interp.cur.rt, (PyType) a[0], p[0], mode, p[2] == null || Ops.isTrue(p[2]), p[3]);
        });
        t.def("__init__", (a, kw) -> T.None);
        t.def("read", (a, kw) -> {
            PyObject[] p = Args.parse("read", a, kw, 1, new String[] { "size", "/" }, 0);
            return new PyBytes(self(a[0]).read(IoModule.sizeArg(p[0])));
        });
        t.def0("readall", s -> new PyBytes(self(s).readall()));
        t.def1("readinto", (s, b) -> PyInt.of(self(s).readinto(b)));
        t.def1("write", (s, b) -> {
            byte[] data = BindingModules.bytesArg(b);
            return PyInt.of(self(s).write(data, 0, data.length));
        });
        t.def("seek", (a, kw) -> {
            PyObject[] p = Args.parse("seek", a, kw, 1, new String[] { "pos", "whence", "/" }, 1);
            return PyInt.of(self(a[0]).seek(Ops.index(p[0], null), p[1] == null ? 0 : Ops.toInt(p[1])));
        });
        t.def0("tell", s -> PyInt.of(self(s).tell()));
        t.def("truncate", (a, kw) -> {
            PyObject[] p = Args.parse("truncate", a, kw, 1, new String[] { "size", "/" }, 0);
            return PyInt.of(self(a[0]).truncate(p[0] == null || p[0] == T.None ? -1 : Ops.index(p[0], null)));
        });
        t.def0("close", s -> { self(s).close(); return T.None; });
        t.def0("flush", s -> { self(s).flush(); return T.None; });
        t.def0("readable", s -> PyBool.of(self(s).readable()));
        t.def0("writable", s -> PyBool.of(self(s).writable()));
        t.def0("seekable", s -> PyBool.of(self(s).seekable()));
        t.def0("isatty", s -> PyBool.of(self(s).isatty()));
        t.def0("fileno", s -> self(s).fileno());
        t.getset("closed", s -> PyBool.of(self(s).closed), null);
        t.getset("closefd", s -> PyBool.of(self(s).closefd), null);
        t.getset("mode", s -> self(s).mode(), null);
        t.getset("_blksize", s -> PyInt.of(self(s).blksize), null);
        IoModule.lineMethods(t);
    }
}
