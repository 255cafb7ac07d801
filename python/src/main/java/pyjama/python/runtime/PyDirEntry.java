package pyjama.python.runtime;

import java.util.List;
import pyjama.python.Errno;
import pyjama.python.FileStat;
import pyjama.python.FileSystem;
import pyjama.python.FileSystemError;

/**
 * {@code os.DirEntry} and the iterator {@code os.scandir} returns. The file system lists a
 * directory with each name's type and inode ({@link FileSystem.Entry}), so is_dir()/is_file()
 * usually need no stat, as with CPython's d_type; stat() is done once and kept.
 */
final class PyDirEntry extends PyObject {
    static final PyType TYPE = posixType("DirEntry");
    static final PyType ITERATOR = posixType("ScandirIterator");

    private static PyType posixType(String name) {
        PyType t = new PyType(name, T.OBJECT);
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.finalType = true;
        t.setAttrRaw("__module__", new PyStr("posix"));
        return t;
    }

    final Runtime rt;
    final PyObject name, path;
    /** The path as the file system takes it. */
    final String fsPath;
    final long ino;
    /** S_IF* bits, 0 when the file system did not say. */
    final int kind;
    private PyObject stat, lstat;

    PyDirEntry(Runtime rt, PathArg dir, FileSystem.Entry e) {
        super(TYPE);
        this.rt = rt;
        String d = dir.path();
        String sep = d.endsWith("/") ? "" : "/";
        this.fsPath = d + sep + e.name();
        this.name = dir.name(e.name());
        this.path = dir.name(fsPath);
        this.ino = e.ino();
        this.kind = e.type();
    }

    private PyObject stat(boolean follow) {
        if (!follow) {
            if (lstat == null) lstat = statOf(false);
            return lstat;
        }
        if (stat == null) {
            if (kind != 0 && kind != FileStat.S_IFLNK) {
                // not a link: stat and lstat are the same
                if (lstat == null) lstat = statOf(false);
                stat = lstat;
            } else {
                stat = statOf(true);
            }
        }
        return stat;
    }

    private PyObject statOf(boolean follow) {
        rt.files.flushAll();
        FileStat st = PosixModule.call(rt, new PathArg(path, fsPath, PathArg.NO_FD), null,
                () -> follow ? rt.fs.stat(fsPath) : rt.fs.lstat(fsPath));
        return StatResult.of(st);
    }

    /** is_dir()/is_file(): the listed type when it answers, else stat; a vanished entry is False. */
    private boolean test(int want, boolean follow) {
        if (kind != 0 && (kind != FileStat.S_IFLNK || !follow)) return kind == want;
        PyObject cached = follow ? stat : lstat;
        long mode;
        if (cached != null) {
            mode = ((PyInt) ((PyTuple) cached).items[0]).v;
        } else {
            rt.files.flushAll();
            FileStat st = statOrNull(rt.fs, fsPath, follow, path);
            if (st == null) return false;
            mode = st.mode();
        }
        return (mode & FileStat.S_IFMT) == want;
    }

    /** stat/lstat, null when the entry is gone (ENOENT); other errors fail as OSError with the path. */
    private static FileStat statOrNull(pyjama.python.FileSystem fs, String p, boolean follow, PyObject given) {
        FileSystemError failure;
        try {
            return follow ? fs.stat(p) : fs.lstat(p);
        } catch (FileSystemError e) {
            failure = e;
        }
        if (failure.errno() == Errno.ENOENT) return null;
        throw Exc.osError(failure, given, null);
    }

    private static boolean follow(PyObject[] a, PyStr[] kw, String fname) {
        PyObject[] p = Args.parse(fname, a, kw, 1, new String[] { "$follow_symlinks" }, 0);
        return p[0] == null || Ops.isTrue(p[0]);
    }

    @Override public PyObject repr() { return new PyStr("<DirEntry " + Ops.repr(name).value + ">"); }

    static PyDirEntry self(PyObject o) { return (PyDirEntry) o; }

    static {
        PyType t = TYPE;
        t.getset("name", s -> self(s).name, null);
        t.getset("path", s -> self(s).path, null);
        t.def0("inode", s -> PyInt.of(self(s).ino));
        t.def("is_dir", (a, kw) -> PyBool.of(self(a[0]).test(FileStat.S_IFDIR, follow(a, kw, "is_dir"))));
        t.def("is_file", (a, kw) -> PyBool.of(self(a[0]).test(FileStat.S_IFREG, follow(a, kw, "is_file"))));
        t.def0("is_symlink", s -> PyBool.of(self(s).test(FileStat.S_IFLNK, false)));
        t.def0("is_junction", s -> T.FALSE);
        t.def("stat", (a, kw) -> self(a[0]).stat(follow(a, kw, "stat")));
        t.def0("__fspath__", s -> self(s).path);
        t.def1("__class_getitem__", (s, x) -> s);

        PyType it = ITERATOR;
        it.def0("__iter__", s -> s);
        it.def0("__next__", s -> {
            PyObject v = s.next();
            if (v == null) throw Exc.stopIteration();
            return v;
        });
        it.def0("close", s -> { ((Scandir) s).closed = true; return T.None; });
        it.def0("__enter__", s -> s);
        it.def("__exit__", (a, kw) -> { ((Scandir) a[0]).closed = true; return T.None; });
    }

    /** The iterator: the directory is listed when scandir() is called. */
    static final class Scandir extends PyObject {
        private final Runtime rt;
        private final PathArg dir;
        private final List<FileSystem.Entry> entries;
        private int next;
        boolean closed;

        Scandir(Runtime rt, PathArg dir, List<FileSystem.Entry> entries) {
            super(ITERATOR);
            this.rt = rt;
            this.dir = dir;
            this.entries = entries;
        }

        @Override public PyObject iter() { return this; }

        @Override public PyObject next() {
            if (closed || next >= entries.size()) {
                closed = true;
                return null;
            }
            return new PyDirEntry(rt, dir, entries.get(next++));
        }
    }

    /** os.scandir(path='.'). */
    static PyObject scandir(Runtime rt, PathArg dir) {
        List<FileSystem.Entry> entries = PosixModule.call(rt, dir, null, () -> {
            if (dir.path() == null) throw new FileSystemError(Errno.ENOSYS);
            return rt.fs.scandir(dir.path());
        });
        return new Scandir(rt, dir, entries);
    }
}
