package pyjama.kernel.python;

import pyjama.kernel.console.Console;
import pyjama.kernel.console.Terminal;
import pyjama.kernel.fs.FdTable;
import pyjama.kernel.fs.Vfs;
import pyjama.kernel.log.Log;
import pyjama.kernel.task.TaskTable;
import pyjama.python.Interpreter;
import pyjama.python.PythonHost;
import pyjama.python.Repl;
import pyjama.python.runtime.Ops;
import pyjama.python.runtime.PyException;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;

/**
 * The serial console's session: a Python {@code >>>} REPL whose namespace holds the kernel
 * (vfs, OpenFlags, scheduler, log, hal, cwd, sh, run, help; see {@code /lib/pyjama_session.py},
 * which builds it over {@link SessionModule}), where a bare command word runs
 * {@code /bin/<word>.py} through the shell, and Tab completes names, commands and paths
 * ({@link SessionCompleter}). Ctrl-D or {@code exit()} ends a session and a fresh
 * one starts (new interpreter, new namespace), because a kernel does not stop when its shell does.
 */
public final class PythonSession {
    public static final String BANNER_HINT = "Type 'help' for commands and kernel objects, sh() for a $ shell.";

    private final Terminal terminal;
    private final PythonHost host;
    private final Vfs vfs;
    private final Log log;
    private final Console console;
    private final TaskTable tasks;
    private final PythonCommand python;
    private final String banner;
    private long sessions;
    private Prepared next; // the interpreter of the next session, made ready ahead (at boot)

    private record Prepared(Interpreter interp, int pid, FdTable fds, PyObject dispatch, CwdSync cwd) {}

    /**
     * Keeps the session's {@code cwd} global and the interpreter's working directory
     * ({@code os.getcwd()}, relative {@code open()}) in step, before each prompt: whichever of
     * the two changed since the last prompt wins ({@code cwd = '/tmp'} or {@code os.chdir('/tmp')}).
     */
    private static final class CwdSync {
        private final VfsFileSystem files;
        private Interpreter interp;
        private String last = "/";

        CwdSync(VfsFileSystem files) { this.files = files; }

        void sync() {
            if (interp == null || files == null) return;
            PyObject g = interp.getGlobal("cwd");
            String global = g instanceof PyStr ps ? ps.value : null;
            String fsCwd = files.getcwd();
            if (global != null && !global.equals(last)) {
                try {
                    files.chdir(global);
                } catch (RuntimeException e) {
                    // not a directory (any more): the global is put back to where Python is
                    interp.setGlobal("cwd", fsCwd);
                }
            } else if (!fsCwd.equals(last) || global == null) {
                interp.setGlobal("cwd", fsCwd);
            }
            last = files.getcwd();
        }
    }

    /**
     * @param console the kernel's Java command console, whose commands (mem, alloc, crash)
     *                back /bin wrappers through {@code _ksession.command(name, args)}
     */
    public PythonSession(Terminal terminal, PythonHost host, Vfs vfs, Log log, Console console,
                         TaskTable tasks, PythonCommand python, String kernelVersion) {
        this.terminal = terminal;
        this.host = host;
        this.vfs = vfs;
        this.log = log;
        this.console = console;
        this.tasks = tasks;
        this.python = python;
        this.banner = kernelVersion + " kernel shell\n" + PythonCommand.VERSION + " (pyjama)\n" + BANNER_HINT;
    }

    /**
     * Builds the first session's interpreter and namespace now, so that the boot timeline
     * counts it and the prompt appears at once.
     */
    public void prepare() { prepare(() -> {}); }

    /** As {@link #prepare()}; {@code interpreterMade} runs between making the interpreter and building its namespace (a boot-timeline mark). */
    public void prepare(Runnable interpreterMade) {
        if (next == null) next = newSession(interpreterMade);
    }

    /** Whether the prepared session has the kernel namespace (false: plain Python, see the log). */
    public boolean hasKernelNamespace() { return next != null && next.dispatch() != null; }

    /** Runs sessions forever. */
    public void run() {
        while (true) runOne();
    }

    /** One session, from banner to logout; returns its exit status. */
    public int runOne() {
        Prepared s = next != null ? next : newSession(() -> {});
        next = null;
        sessions++;
        int status;
        try {
            status = Repl.interact(s.interp(), banner, line -> dispatch(s, line));
        } finally {
            // the session's background tasks end with it (as jobs on a hangup), unwaited; then
            // the atexit functions run and what the session left open is flushed and closed
            s.interp().shutdownDroppingThreads();
            if (s.fds() != null) s.fds().closeAll();
            if (s.cwd().files != null) s.cwd().files.closeAll();
            tasks.remove(s.pid());
        }
        terminal.println("logout");
        log.info("console", "session " + sessions + " ended (status " + status + "); starting a new session");
        return status;
    }

    private Prepared newSession(Runnable interpreterMade) {
        // The kernel's own modules (kernel, _hal) are registered at boot; see Kernel.
        int pid = tasks.add("console", "waiting");
        FdTable fds = vfs == null ? null : new FdTable(vfs);
        VfsFileSystem files = vfs == null ? null : new VfsFileSystem(vfs, "/");
        CwdSync cwd = new CwdSync(files);
        CompletingHost completing = new CompletingHost(host);
        Interpreter interp = new Interpreter(new TaskHost(completing, tasks, pid, cwd), files == null
                ? pyjama.python.FileSystem.NONE : files, new String[] { "" });
        cwd.interp = interp;
        completing.completer(new SessionCompleter(interp, vfs, log, true));
        interp.setPath("", "/lib");
        interpreterMade.run();
        PyObject dispatch = null;
        if (vfs != null) {
            interp.setGlobal("_ksession", SessionModule.create(new SessionModule.Services(vfs, fds, console, tasks, python)));
            try {
                // pyjama_session.setup(globals()), called from Java: a line of Python here would
                // be the boot's only compile (tokenizer, parser, compiler: cold code under TCG).
                interp.runtime().activate();
                PyObject module = interp.runtime().importer.importModule("pyjama_session");
                Ops.call(Ops.getattr(module, "setup"), interp.mainModule().dict);
                PyObject sh = interp.getGlobal("sh");
                if (sh != null) dispatch = Ops.getattr(sh, "dispatch");
            } catch (PyException e) {
                // The REPL still works without the kernel namespace: say what is missing.
                interp.printException(e);
                log.error("console", "kernel namespace not set up: " + describe(e) + "; plain Python only");
            }
        }
        return new Prepared(interp, pid, fds, dispatch, cwd);
    }

    /** A bare-word line runs through the shell when /bin has the command (see {@link BareWords}). */
    private static boolean dispatch(Prepared s, String line) {
        if (s.dispatch() == null) return false;
        String word = BareWords.commandWord(line);
        if (word == null) return false;
        if (s.interp().getGlobal(word) != null) return false;
        if (s.interp().runtime().builtins.dict.getStr(word) != null) return false;
        PyObject took = Ops.call(s.dispatch(), new PyStr(line));
        return Ops.isTrue(took);
    }

    private static String describe(PyException e) {
        try {
            return Ops.str(e.exc).value;
        } catch (RuntimeException ignored) {
            return "exception";
        }
    }

    /** The console host, with the task table told when the session waits for a line and when it runs. */
    private static final class TaskHost implements PythonHost {
        private final PythonHost inner;
        private final TaskTable tasks;
        private final int pid;
        private final CwdSync cwd;

        TaskHost(PythonHost inner, TaskTable tasks, int pid, CwdSync cwd) {
            this.inner = inner;
            this.tasks = tasks;
            this.pid = pid;
            this.cwd = cwd;
        }

        @Override public void writeOut(String text) { inner.writeOut(text); }
        @Override public void writeErr(String text) { inner.writeErr(text); }

        @Override
        public String readLine(String prompt) {
            cwd.sync();
            tasks.waiting(pid);
            try {
                return inner.readLine(prompt);
            } finally {
                tasks.running(pid);
            }
        }

        @Override public boolean interruptRequested() { return inner.interruptRequested(); }
        // Without this, PythonHost's default sleep polls the clock in Thread.sleep slices
        // instead of halting in the event loop (KernelPythonHost.sleep).
        @Override public boolean sleep(long nanos) { return inner.sleep(nanos); }
        @Override public void pause(long nanos) { inner.pause(nanos); }
        @Override public long nanoTime() { return inner.nanoTime(); }
        @Override public long wallClockMillis() { return inner.wallClockMillis(); }
    }
}
