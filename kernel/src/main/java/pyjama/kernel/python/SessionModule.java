package pyjama.kernel.python;

import pyjama.python.runtime.GreenThread;
import pyjama.python.runtime.GreenThreads;
import pyjama.python.runtime.Interp;

import java.util.List;
import pyjama.kernel.console.Command;
import pyjama.kernel.console.Console;
import pyjama.kernel.fs.DirEntry;
import pyjama.kernel.fs.FdTable;
import pyjama.kernel.fs.FsError;
import pyjama.kernel.fs.Stat;
import pyjama.kernel.fs.Vfs;
import pyjama.kernel.task.TaskTable;
import pyjama.python.runtime.Args;
import pyjama.python.runtime.Exc;
import pyjama.python.runtime.Ops;
import pyjama.python.runtime.PyBytes;
import pyjama.python.runtime.PyException;
import pyjama.python.runtime.PyInt;
import pyjama.python.runtime.PyList;
import pyjama.python.runtime.PyModule;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.PyTuple;
import pyjama.python.runtime.T;

/**
 * {@code _ksession}: the primitives one console session's Python side
 * ({@code /lib/pyjama_session.py}) is built on: the VFS through a descriptor table of the
 * session's own, the kernel's Java commands, and the task table. Paths arrive absolute (the
 * Python side resolves them against the session's {@code cwd}); VFS failures become the
 * OSError subclass of their errno, with strerror and filenames, as CPython raises them.
 */
final class SessionModule {
    private SessionModule() {}

    /** What the module reaches: all owned by the session that builds it. */
    record Services(Vfs vfs, FdTable fds, Console console, TaskTable tasks, PythonCommand python) {}

    static PyModule create(Services s) {
        PyModule m = new PyModule("_ksession");
        m.def("vfs_open", (a, kw) -> {
            String path = str(a, 0, "vfs_open");
            int flags = a.length > 1 ? (int) Ops.index(a[1], null) : 0;
            int mode = a.length > 2 ? (int) Ops.index(a[2], null) : 0666;
            return PyInt.of(fs(() -> s.fds().open("/", path, flags, mode)));
        });
        m.def("vfs_read", (a, kw) -> {
            int fd = fd(a);
            long n = a.length > 1 ? Ops.index(a[1], null) : -1;
            if (n < 0) return new PyBytes(fs(() -> readAll(s.fds(), fd)));
            return new PyBytes(fs(() -> s.fds().read(fd, (int) Math.min(n, Integer.MAX_VALUE))));
        });
        m.def("vfs_write", (a, kw) -> {
            int fd = fd(a);
            if (a.length < 2 || !(a[1] instanceof PyBytes b)) {
                throw Exc.type("a bytes-like object is required, not '" + (a.length < 2 ? "NoneType" : a[1].type().name) + "'");
            }
            byte[] data = b.toArray();
            return PyInt.of(fs(() -> s.fds().write(fd, data)));
        });
        m.def("vfs_lseek", (a, kw) -> {
            int fd = fd(a);
            long off = Ops.index(a[1], null);
            int whence = a.length > 2 ? (int) Ops.index(a[2], null) : 0;
            return PyInt.of(fs(() -> s.fds().lseek(fd, off, whence)));
        });
        m.def("vfs_close", (a, kw) -> {
            int fd = fd(a);
            fs(() -> { s.fds().close(fd); return null; });
            return T.None;
        });
        m.def("vfs_readdir", (a, kw) -> {
            String path = str(a, 0, "vfs_readdir");
            List<DirEntry> entries = fs(() -> s.vfs().scandir("/", path));
            PyList out = new PyList();
            for (DirEntry e : entries) out.append(new PyStr(e.name()));
            return out;
        });
        m.def("vfs_stat", (a, kw) -> {
            String path = str(a, 0, "vfs_stat");
            return statTuple(fs(() -> s.vfs().stat("/", path)));
        });
        m.def("vfs_fstat", (a, kw) -> statTuple(fs(() -> s.fds().fstat(fd(a)))));
        m.def("vfs_mkdir", (a, kw) -> {
            String path = str(a, 0, "vfs_mkdir");
            int mode = a.length > 1 ? (int) Ops.index(a[1], null) : 0777;
            fs(() -> { s.vfs().mkdir("/", path, mode); return null; });
            return T.None;
        });
        m.def("vfs_rmdir", (a, kw) -> {
            String path = str(a, 0, "vfs_rmdir");
            fs(() -> { s.vfs().rmdir("/", path); return null; });
            return T.None;
        });
        m.def("vfs_unlink", (a, kw) -> {
            String path = str(a, 0, "vfs_unlink");
            fs(() -> { s.vfs().unlink("/", path); return null; });
            return T.None;
        });
        m.def("vfs_rename", (a, kw) -> {
            String from = str(a, 0, "vfs_rename");
            String to = str(a, 1, "vfs_rename");
            fs(() -> { s.vfs().rename("/", from, to); return null; });
            return T.None;
        });
        m.def("vfs_mounts", (a, kw) -> new PyStr(s.vfs().mountsText()));
        m.def("vfs_open_count", (a, kw) -> PyInt.of(s.fds().openCount()));
        m.def("command_names", (a, kw) -> {
            PyList out = new PyList();
            for (Command c : s.console().commands()) out.append(new PyStr(c.name()));
            return out;
        });
        // A Java console command (mem, alloc, crash): run as the Java console runs it, so its
        // output goes straight to the console (shell redirections do not apply) and an exception
        // it throws is printed with its stack trace and logged, never taking the session down.
        m.def("command", (a, kw) -> {
            String name = str(a, 0, "command");
            boolean known = false;
            for (Command c : s.console().commands()) known |= c.name().equals(name);
            if (!known) throw Exc.make(Exc.LookupError, "no kernel command '" + name + "'");
            StringBuilder line = new StringBuilder(name);
            if (a.length > 1) for (PyObject o : Ops.toArray(a[1])) line.append(' ').append(Ops.str(o).value);
            s.console().execute(line.toString());
            return T.None;
        });
        // python [-c CODE | FILE [ARG...]] in an interpreter of its own; returns the status.
        m.def("python", (a, kw) -> {
            java.util.ArrayList<String> args = new java.util.ArrayList<>();
            if (a.length > 0) for (PyObject o : Ops.toArray(a[0])) args.add(Ops.str(o).value);
            if (s.python() == null) throw Exc.make(Exc.OSError, "python: no interpreter command in this kernel");
            return PyInt.of(s.python().runArgs(args));
        });
        m.def("tasks", (a, kw) -> {
            PyList out = new PyList();
            for (TaskTable.Task t : s.tasks().snapshot()) {
                out.append(PyTuple.of(PyInt.of(t.pid()), new PyStr(t.name()), new PyStr(t.state()),
                        PyInt.of(t.cpuNanos()), PyInt.of(t.startedNanos())));
            }
            return out;
        });
        m.def("current_task", (a, kw) -> PyInt.of(s.tasks().current()));
        // spawn(function, args, name) -> pid: a preemptive task (a green thread of this
        // interpreter) with its own sys streams, so that its redirections stay its own.
        m.def("spawn", (a, kw) -> {
            Args.noKw("spawn", kw);
            Args.count("spawn", a, 3, 3);
            if (!Ops.isCallable(a[0])) throw Exc.type("spawn() needs a callable, not " + a[0].type().name);
            PyObject[] args = Ops.toArray(a[1]);
            GreenThread t = GreenThreads.start(Interp.cur.rt, a[0], args, null, Ops.str(a[2]).value);
            t.ownStreams();
            return PyInt.of(t.pid);
        });
        // kill(pid, force) -> True, or None when pid is not a thread. Without force the task gets
        // SystemExit(143) at its next instruction (its finally blocks run, as after SIGTERM);
        // with force it is dropped without running another instruction.
        m.def("kill", (a, kw) -> {
            Args.noKw("kill", kw);
            Args.count("kill", a, 2, 2);
            long pid = Ops.index(a[0], null);
            for (GreenThread t : GreenThreads.all()) {
                if (t.pid != pid) continue;
                if (Ops.isTrue(a[1]) && GreenThreads.drop(t)) return T.TRUE;
                GreenThreads.raiseIn(t, new PyException((pyjama.python.runtime.PyBaseException) Ops.call(Exc.SystemExit, PyInt.of(143))));
                return T.TRUE;
            }
            return T.None;
        });
        return m;
    }

    /** (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns): os.stat_result's order. */
    private static PyTuple statTuple(Stat st) {
        return PyTuple.of(PyInt.of(st.mode()), PyInt.of(st.ino()), PyInt.of(st.dev()), PyInt.of(st.nlink()),
                PyInt.of(st.uid()), PyInt.of(st.gid()), PyInt.of(st.size()), PyInt.of(st.atimeNs()),
                PyInt.of(st.mtimeNs()), PyInt.of(st.ctimeNs()));
    }

    private static byte[] readAll(FdTable fds, int fd) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            byte[] chunk = fds.read(fd, 65536);
            if (chunk.length == 0) return out.toByteArray();
            out.write(chunk, 0, chunk.length);
        }
    }

    private static int fd(PyObject[] a) {
        if (a.length < 1) throw Exc.type("a file descriptor is required");
        return (int) Ops.index(a[0], null);
    }

    private static String str(PyObject[] a, int i, String fname) {
        if (a.length <= i) throw Exc.type(fname + "() missing required argument (pos " + (i + 1) + ")");
        if (a[i] instanceof PyStr s) return s.value;
        throw Exc.type(fname + "() argument " + (i + 1) + " must be str, not " + a[i].type().name);
    }

    interface FsCall<R> { R run(); }

    /** Runs a VFS call; its FsError becomes OSError(errno, strerror, filename[, filename2]). */
    static <R> R fs(FsCall<R> call) {
        try {
            return call.run();
        } catch (FsError e) {
            throw osError(e);
        }
    }

    /** As os and open() raise it (Exc.osError): the errno's subclass, glibc's text, the filenames. */
    static PyException osError(FsError e) {
        return Exc.osError(e.errno(), e.filename() == null ? null : new PyStr(e.filename()),
                e.filename2() == null ? null : new PyStr(e.filename2()));
    }
}
