package pyjama.python.runtime;

import java.util.List;
import java.util.Map;
import pyjama.python.Errno;
import pyjama.python.FileHandle;
import pyjama.python.FileStat;
import pyjama.python.FileSystem;
import pyjama.python.FileSystemError;

/**
 * The {@code posix} module: CPython's system-call layer, over the embedding's
 * {@link FileSystem}; the frozen {@code os.py} builds {@code os} on it as CPython's os.py does.
 * Each function converts its path arguments ({@link PathArg}), writes out files' pending data
 * (so the call sees what Python code wrote), makes one file-system call, and turns a
 * {@link FileSystemError} into the OSError subclass with the caller's own path objects as
 * filename and filename2. Descriptors are the interpreter's ({@link OpenFiles}).
 */
final class PosixModule {
    private PosixModule() {}

    private static final String[] FLAGS = {
        "O_RDONLY", "0", "O_WRONLY", "1", "O_RDWR", "2", "O_ACCMODE", "3", "O_CREAT", "64", "O_EXCL", "128",
        "O_NOCTTY", "256", "O_TRUNC", "512", "O_APPEND", "1024", "O_NONBLOCK", "2048", "O_NDELAY", "2048",
        "O_DSYNC", "4096", "O_SYNC", "1052672", "O_DIRECTORY", "65536", "O_NOFOLLOW", "131072",
        "O_CLOEXEC", "524288", "SEEK_SET", "0", "SEEK_CUR", "1", "SEEK_END", "2", "SEEK_DATA", "3", "SEEK_HOLE", "4",
        "F_OK", "0", "R_OK", "4", "W_OK", "2", "X_OK", "1",
    };

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("posix");
        for (int i = 0; i < FLAGS.length; i += 2) m.set(FLAGS[i], PyInt.of(Integer.parseInt(FLAGS[i + 1])));
        m.set("stat_result", StatResult.TYPE);
        m.set("DirEntry", PyDirEntry.TYPE);
        m.set("error", Exc.OSError);
        PyDict env = new PyDict();
        for (Map.Entry<String, String> e : rt.host.environment().entrySet()) env.setStr(e.getKey(), new PyStr(e.getValue()));
        m.set("environ", env);

        // ---- paths and metadata ---------------------------------------------------------------
        m.def("stat", (a, kw) -> {
            PyObject[] p = Args.parse("stat", a, kw, 0, new String[] { "path", "$dir_fd", "$follow_symlinks" }, 1);
            noDirFd(p[1], "stat");
            PathArg path = PathArg.of(p[0], "stat", "path", true, false);
            boolean follow = p[2] == null || Ops.isTrue(p[2]);
            return stat(rt, path, follow);
        });
        m.def("lstat", (a, kw) -> {
            PyObject[] p = Args.parse("lstat", a, kw, 0, new String[] { "path", "$dir_fd" }, 1);
            noDirFd(p[1], "lstat");
            return stat(rt, PathArg.of(p[0], "lstat", "path"), false);
        });
        m.def("fstat", (a, kw) -> {
            PyObject[] p = Args.parse("fstat", a, kw, 0, new String[] { "fd" }, 1);
            int fd = fdArg(p[0]);
            rt.files.flushAll();
            try {
                return StatResult.of(rt.files.get(fd).stat());
            } catch (FileSystemError e) {
                throw Exc.osError(e, null, null);
            }
        });
        m.def("listdir", (a, kw) -> {
            PyObject[] p = Args.parse("listdir", a, kw, 0, new String[] { "path" }, 0);
            PathArg path = PathArg.of(p[0], "listdir", "path", true, true);
            List<String> names = call(rt, path, null, () -> {
                if (path.path() == null) throw new FileSystemError(Errno.ENOSYS);
                return rt.fs.listdir(path.path());
            });
            PyList out = new PyList();
            for (String n : names) out.append(path.name(n));
            return out;
        });
        m.def("scandir", (a, kw) -> {
            PyObject[] p = Args.parse("scandir", a, kw, 0, new String[] { "path" }, 0);
            return PyDirEntry.scandir(rt, PathArg.of(p[0], "scandir", "path", true, true));
        });
        m.def("mkdir", (a, kw) -> {
            PyObject[] p = Args.parse("mkdir", a, kw, 0, new String[] { "path", "mode", "$dir_fd" }, 1);
            noDirFd(p[2], "mkdir");
            PathArg path = PathArg.of(p[0], "mkdir", "path");
            int mode = p[1] == null ? 0777 : Ops.toInt(p[1]);
            call(rt, path, null, () -> { rt.fs.mkdir(path.path(), mode); return null; });
            return T.None;
        });
        m.def("rmdir", (a, kw) -> {
            PathArg path = onePath(a, kw, "rmdir");
            call(rt, path, null, () -> { rt.fs.rmdir(path.path()); return null; });
            return T.None;
        });
        for (String name : new String[] { "unlink", "remove" }) {
            m.def(name, (a, kw) -> {
                PathArg path = onePath(a, kw, name);
                call(rt, path, null, () -> { rt.fs.unlink(path.path()); return null; });
                return T.None;
            });
        }
        for (String name : new String[] { "rename", "replace" }) {
            m.def(name, (a, kw) -> {
                PyObject[] p = Args.parse(name, a, kw, 0, new String[] { "src", "dst", "$src_dir_fd", "$dst_dir_fd" }, 2);
                noDirFd(p[2], name);
                noDirFd(p[3], name);
                PathArg src = PathArg.of(p[0], name, "src"), dst = PathArg.of(p[1], name, "dst");
                call(rt, src, dst, () -> { rt.fs.rename(src.path(), dst.path()); return null; });
                return T.None;
            });
        }
        m.def("utime", (a, kw) -> {
            PyObject[] p = Args.parse("utime", a, kw, 0, new String[] { "path", "times", "$ns", "$dir_fd", "$follow_symlinks" }, 1);
            noDirFd(p[3], "utime");
            PathArg path = PathArg.of(p[0], "utime", "path");
            boolean haveTimes = p[1] != null && p[1] != T.None, haveNs = p[2] != null;
            if (haveTimes && haveNs) throw Exc.value("utime: you may specify either 'times' or 'ns' but not both");
            long at = FileSystem.UTIME_NOW, mt = FileSystem.UTIME_NOW;
            if (haveTimes) {
                if (!(p[1] instanceof PyTuple t) || t.items.length != 2) {
                    throw Exc.type("utime: 'times' must be either a tuple of two ints or None");
                }
                at = secondsToNs(t.items[0]);
                mt = secondsToNs(t.items[1]);
            } else if (haveNs) {
                if (!(p[2] instanceof PyTuple t) || t.items.length != 2) throw Exc.type("utime: 'ns' must be a tuple of two ints");
                at = nsArg(t.items[0]);
                mt = nsArg(t.items[1]);
            }
            long atime = at, mtime = mt;
            // CPython leaves the file name out of utime's errors (posixmodule.c says why)
            call(rt, null, null, () -> { rt.fs.utime(path.path(), atime, mtime); return null; });
            return T.None;
        });
        m.def("chmod", (a, kw) -> {
            PyObject[] p = Args.parse("chmod", a, kw, 0, new String[] { "path", "mode", "$dir_fd", "$follow_symlinks" }, 2);
            noDirFd(p[2], "chmod");
            PathArg path = PathArg.of(p[0], "chmod", "path");
            int mode = Ops.toInt(p[1]);
            call(rt, path, null, () -> { rt.fs.chmod(path.path(), mode); return null; });
            return T.None;
        });
        m.def("truncate", (a, kw) -> {
            PyObject[] p = Args.parse("truncate", a, kw, 0, new String[] { "path", "length" }, 2);
            PathArg path = PathArg.of(p[0], "truncate", "path", true, false);
            long length = Ops.index(p[1], null);
            if (path.path() == null) return ftruncate(rt, path.fd(), length);
            call(rt, path, null, () -> { rt.fs.truncate(path.path(), length); return null; });
            return T.None;
        });
        m.def("ftruncate", (a, kw) -> {
            PyObject[] p = Args.parse("ftruncate", a, kw, 0, new String[] { "fd", "length", "/" }, 2);
            return ftruncate(rt, fdArg(p[0]), Ops.index(p[1], null));
        });
        m.def("readlink", (a, kw) -> {
            PyObject[] p = Args.parse("readlink", a, kw, 0, new String[] { "path", "$dir_fd" }, 1);
            noDirFd(p[1], "readlink");
            PathArg path = PathArg.of(p[0], "readlink", "path");
            return path.name(call(rt, path, null, () -> rt.fs.readlink(path.path())));
        });
        m.def("getcwd", (a, kw) -> {
            Args.parse("getcwd", a, kw, 0, new String[0], 0);
            String cwd = call(rt, null, null, rt.fs::getcwd);
            return new PyStr(cwd);
        });
        m.def("getcwdb", (a, kw) -> {
            Args.parse("getcwdb", a, kw, 0, new String[0], 0);
            String cwd = call(rt, null, null, rt.fs::getcwd);
            return new PyBytes(Codecs.encode(cwd, "utf-8", "surrogateescape"));
        });
        m.def("chdir", (a, kw) -> {
            PyObject[] p = Args.parse("chdir", a, kw, 0, new String[] { "path" }, 1);
            PathArg path = PathArg.of(p[0], "chdir", "path");
            call(rt, path, null, () -> { rt.fs.chdir(path.path()); return null; });
            return T.None;
        });

        // ---- descriptors ----------------------------------------------------------------------
        m.def("open", (a, kw) -> {
            PyObject[] p = Args.parse("open", a, kw, 0, new String[] { "path", "flags", "mode", "$dir_fd" }, 2);
            noDirFd(p[3], "open");
            PathArg path = PathArg.of(p[0], "open", "path");
            int flags = Ops.toInt(p[1]);
            int mode = p[2] == null ? 0777 : Ops.toInt(p[2]);
            FileHandle h = call(rt, path, null, () -> rt.fs.open(path.path(), flags, mode));
            return PyInt.of(rt.files.add(h));
        });
        m.def("close", (a, kw) -> {
            PyObject[] p = Args.parse("close", a, kw, 0, new String[] { "fd" }, 1);
            int fd = fdArg(p[0]);
            try {
                rt.files.close(fd);
            } catch (FileSystemError e) {
                throw Exc.osError(e, null, null);
            }
            return T.None;
        });
        m.def("closerange", (a, kw) -> {
            PyObject[] p = Args.parse("closerange", a, kw, 0, new String[] { "fd_low", "fd_high", "/" }, 2);
            for (int fd = Math.max(fdArg(p[0]), 3), hi = Ops.toInt(p[1]); fd < hi; fd++) {
                if (rt.files.isOpen(fd)) rt.files.close(fd);
            }
            return T.None;
        });
        m.def("read", (a, kw) -> {
            PyObject[] p = Args.parse("read", a, kw, 0, new String[] { "fd", "length", "/" }, 2);
            int fd = fdArg(p[0]);
            long n = Ops.index(p[1], null);
            if (n < 0) throw Exc.value("negative length");
            try {
                byte[] b = new byte[(int) Math.min(n, 1 << 26)];
                int got = b.length == 0 ? 0 : rt.files.get(fd).read(b, 0, b.length);
                return new PyBytes(got == b.length ? b : java.util.Arrays.copyOf(b, got));
            } catch (FileSystemError e) {
                throw Exc.osError(e, null, null);
            }
        });
        m.def("write", (a, kw) -> {
            PyObject[] p = Args.parse("write", a, kw, 0, new String[] { "fd", "data", "/" }, 2);
            int fd = fdArg(p[0]);
            byte[] b = BindingModules.bytesArg(p[1]);
            if (fd == 1 || fd == 2) {
                // the console streams are the host's
                String s = Codecs.decode(b, "utf-8", "replace");
                if (fd == 1) rt.host.writeOut(s);
                else rt.host.writeErr(s);
                return PyInt.of(b.length);
            }
            try {
                return PyInt.of(b.length == 0 ? 0 : rt.files.get(fd).write(b, 0, b.length));
            } catch (FileSystemError e) {
                throw Exc.osError(e, null, null);
            }
        });
        m.def("lseek", (a, kw) -> {
            PyObject[] p = Args.parse("lseek", a, kw, 0, new String[] { "fd", "position", "whence", "/" }, 3);
            int fd = fdArg(p[0]);
            try {
                return PyInt.of(rt.files.get(fd).seek(Ops.index(p[1], null), Ops.toInt(p[2])));
            } catch (FileSystemError e) {
                throw Exc.osError(e, null, null);
            }
        });
        m.def("isatty", (a, kw) -> {
            PyObject[] p = Args.parse("isatty", a, kw, 0, new String[] { "fd", "/" }, 1);
            int fd = fdArg(p[0]);
            return PyBool.of(rt.files.isOpen(fd) && rt.files.get(fd).isatty());
        });
        m.def("device_encoding", (a, kw) -> T.None);

        // ---- the rest -------------------------------------------------------------------------
        m.def("fspath", (a, kw) -> {
            PyObject[] p = Args.parse("fspath", a, kw, 0, new String[] { "path" }, 1);
            return PathArg.fspath(p[0]);
        });
        m.def("strerror", (a, kw) -> {
            PyObject[] p = Args.parse("strerror", a, kw, 0, new String[] { "code", "/" }, 1);
            return new PyStr(Errno.strerror(Ops.toInt(p[0])));
        });
        m.def("urandom", (a, kw) -> {
            PyObject[] p = Args.parse("urandom", a, kw, 0, new String[] { "size", "/" }, 1);
            long n = Ops.index(p[0], null);
            if (n < 0) throw Exc.value("negative argument not allowed");
            return new PyBytes(urandom(rt, (int) Math.min(n, 1 << 26)));
        });
        m.def("getpid", (a, kw) -> PyInt.of(rt.host.processId()));
        m.def("cpu_count", (a, kw) -> PyInt.of(Math.max(1, rt.host.cpuCount())));
        m.def("putenv", (a, kw) -> {
            PyObject[] p = Args.parse("putenv", a, kw, 0, new String[] { "name", "value", "/" }, 2);
            String name = envName(p[0], "putenv");
            envValue(p[1], "putenv");
            return T.None;
        });
        m.def("unsetenv", (a, kw) -> {
            PyObject[] p = Args.parse("unsetenv", a, kw, 0, new String[] { "name", "/" }, 1);
            envName(p[0], "unsetenv");
            return T.None;
        });
        return m;
    }

    // ---- helpers ----------------------------------------------------------------------------

    @FunctionalInterface
    interface FsCall<R> { R run(); }

    /** Runs one file-system call with pending writes flushed; its error names the caller's paths. */
    static <R> R call(Runtime rt, PathArg p1, PathArg p2, FsCall<R> c) {
        rt.files.flushAll();
        try {
            return c.run();
        } catch (FileSystemError e) {
            throw Exc.osError(e, p1 == null ? null : p1.given(), p2 == null ? null : p2.given());
        }
    }

    private static PyObject stat(Runtime rt, PathArg path, boolean follow) {
        if (path.path() == null) return StatResult.of(call(rt, path, null, () -> rt.files.get(path.fd()).stat()));
        FileStat st = call(rt, path, null, () -> follow ? rt.fs.stat(path.path()) : rt.fs.lstat(path.path()));
        return StatResult.of(st);
    }

    private static PyObject ftruncate(Runtime rt, int fd, long length) {
        rt.files.flushAll();
        try {
            rt.files.get(fd).truncate(length);
        } catch (FileSystemError e) {
            throw Exc.osError(e, null, null);
        }
        return T.None;
    }

    private static PathArg onePath(PyObject[] a, PyStr[] kw, String fname) {
        PyObject[] p = Args.parse(fname, a, kw, 0, new String[] { "path", "$dir_fd" }, 1);
        noDirFd(p[1], fname);
        return PathArg.of(p[0], fname, "path");
    }

    private static void noDirFd(PyObject v, String fname) {
        if (v != null && v != T.None) throw Exc.make(Exc.NotImplementedError, "dir_fd unavailable on this platform");
    }

    static int fdArg(PyObject o) {
        if (o instanceof PyFloat) throw Exc.type("'float' object cannot be interpreted as an integer");
        return Ops.toInt(o);
    }

    /** A utime time in seconds (int or float) as ns, rounded toward minus infinity as CPython's. */
    private static long secondsToNs(PyObject o) {
        if (o instanceof PyFloat f) {
            double d = f.v;
            if (Double.isNaN(d)) throw Exc.value("Invalid value NaN (not a number)");
            double sec = Math.floor(d);
            double frac = Math.floor((d - sec) * 1e9);
            if (frac >= 1e9) { sec += 1; frac -= 1e9; }
            return (long) sec * 1_000_000_000L + (long) frac;
        }
        return Math.multiplyExact(Ops.index(o, null), 1_000_000_000L);
    }

    private static long nsArg(PyObject o) {
        if (!(o instanceof PyInt)) throw Exc.type("utime: 'ns' must be a tuple of two ints");
        return Ops.index(o, null);
    }

    /** CPython's checks: putenv says "illegal environment variable name", unsetenv(2) fails with EINVAL. */
    private static String envName(PyObject o, String fname) {
        String s = Args.str(o, fname, "1");
        if (s.indexOf('\0') >= 0) throw Exc.value("embedded null byte");
        if (s.indexOf('=') >= 0 && fname.equals("putenv")) throw Exc.value("illegal environment variable name");
        if (s.isEmpty() || s.indexOf('=') >= 0) throw Exc.osError(Errno.EINVAL, null, null);
        return s;
    }

    private static String envValue(PyObject o, String fname) {
        String s = Args.str(o, fname, "2");
        if (s.indexOf('\0') >= 0) throw Exc.value("embedded null byte");
        return s;
    }

    /** Random bytes from the file system's /dev/urandom (the host's, or the kernel's devfs). */
    static byte[] urandom(Runtime rt, int n) {
        PathArg dev = new PathArg(new PyStr("/dev/urandom"), "/dev/urandom", PathArg.NO_FD);
        FileHandle h = call(rt, dev, null, () -> rt.fs.open("/dev/urandom", FileSystem.O_RDONLY, 0));
        byte[] b = new byte[n];
        FileSystemError failure = readFully(h, b);
        OpenFiles.closeQuietly(h);
        if (failure != null) throw Exc.osError(failure, null, null);
        return b;
    }

    /** Fills b from h; returns the error instead of throwing it. */
    private static FileSystemError readFully(FileHandle h, byte[] b) {
        try {
            int got = 0;
            while (got < b.length) {
                int k = h.read(b, got, b.length - got);
                if (k <= 0) throw new FileSystemError(Errno.EIO);
                got += k;
            }
            return null;
        } catch (FileSystemError e) {
            return e;
        }
    }
}
