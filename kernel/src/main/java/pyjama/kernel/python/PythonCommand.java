package pyjama.kernel.python;

import java.util.List;
import java.util.function.Supplier;
import pyjama.kernel.console.Command;
import pyjama.kernel.console.Terminal;
import pyjama.kernel.fs.Errno;
import pyjama.kernel.fs.FsError;
import pyjama.kernel.fs.Vfs;
import pyjama.python.FileSystem;
import pyjama.python.Interpreter;
import pyjama.python.PythonHost;
import pyjama.python.Repl;
import pyjama.python.runtime.Codecs;

/**
 * The console's {@code python} command, shaped like CPython's command line:
 * <ul>
 * <li>{@code python}: the REPL ({@code >>> }, {@link Repl#interact}) until Ctrl-D or {@code exit()};</li>
 * <li>{@code python FILE [ARG...]}: runs FILE from the VFS as {@code __main__} with
 * {@code sys.argv = [FILE, ARG...]} and {@code sys.path[0]} its directory;</li>
 * <li>{@code python -c CODE}: CODE is the rest of the console line, verbatim (the console has
 * no quoting, so spaces in it are kept as typed);</li>
 * <li>{@code python -V}.</li>
 * </ul>
 * Every run gets a fresh interpreter; the {@code >>> } history survives between runs. A run
 * that ends with a non-zero status says so ({@code python: exit status N}) after its traceback.
 */
public final class PythonCommand implements Command.Action {
    public static final String VERSION = "Python 3.12.1";
    /** As CPython's interactive banner, and as pyjama.python.Main prints it. */
    public static final String BANNER = VERSION + " (pyjama 0.1.0) on pyjama\n"
            + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.";
    /** Working directory of Python code run from the console. */
    static final String CWD = "/";

    private final Terminal terminal;
    private final PythonHost host;
    private final Vfs vfs;
    private final Supplier<String> commandLine;

    /**
     * @param host        the console host (one line editor, so one {@code >>>} history)
     * @param vfs         the filesystem, or null if it failed to come up (then no files)
     * @param commandLine the console line being run (for {@code -c}, which takes it verbatim)
     */
    public PythonCommand(Terminal terminal, PythonHost host, Vfs vfs, Supplier<String> commandLine) {
        this.terminal = terminal;
        this.host = host;
        this.vfs = vfs;
        this.commandLine = commandLine;
    }

    @Override
    public void run(List<String> args) {
        int status = runForStatus(args);
        if (status != 0) terminal.println("python: exit status " + status);
    }

    /**
     * Runs {@code python} with arguments already split (by the shell, quotes honoured), for
     * /bin/python.py: {@code -c} takes the next argument as the code. Returns the exit status;
     * the caller's interpreter is made current again afterwards.
     */
    public int runArgs(List<String> args) {
        pyjama.python.runtime.Interp caller = pyjama.python.runtime.Interp.cur;
        try {
            int status = runArgsForStatus(args);
            // As the console's python command: a failing run says so (the shell shows no status).
            if (status != 0) terminal.println("python: exit status " + status);
            return status;
        } finally {
            pyjama.python.runtime.Interp.cur = caller;
        }
    }

    private int runArgsForStatus(List<String> args) {
        if (!args.isEmpty() && args.get(0).equals("-c")) {
            if (args.size() < 2) {
                terminal.println("Argument expected for the -c option");
                return 2;
            }
            String[] argv = new String[args.size() - 1];
            argv[0] = "-c";
            for (int i = 2; i < args.size(); i++) argv[i - 1] = args.get(i);
            VfsFileSystem files = vfs == null ? null : new VfsFileSystem(vfs, CWD);
            try {
                Interpreter interp = new Interpreter(host, files == null ? FileSystem.NONE : files, argv);
                interp.setPath("");
                return guarded(interp, args.get(1), "<string>");
            } finally {
                if (files != null) files.closeAll();
            }
        }
        return runForStatus(args);
    }

    /** Runs one command line; returns the exit status (the REPL's is not reported). */
    int runForStatus(List<String> args) {
        VfsFileSystem files = vfs == null ? null : new VfsFileSystem(vfs, CWD);
        int status = run(args, files == null ? FileSystem.NONE : files);
        // what Python code left open ends with its run (the interpreter flushed it first).
        // No finally: exception handlers that read locals are unreliable under TeaVM's C backend.
        if (files != null) files.closeAll();
        return status;
    }

    private int run(List<String> args, FileSystem fs) {
        if (args.isEmpty()) {
            CompletingHost completing = new CompletingHost(host);
            Interpreter interp = new Interpreter(completing, fs, new String[] { "" });
            completing.completer(new SessionCompleter(interp, vfs, null, false));
            interp.setPath("");
            Repl.interact(interp, BANNER);
            interp.shutdown(); // atexit functions, then the files left open
            return 0;
        }
        String a0 = args.get(0);
        if (a0.equals("-V") || a0.equals("--version")) {
            terminal.println(VERSION);
            return 0;
        }
        if (a0.equals("-c")) {
            String code = restAfterOption(commandLine.get(), "-c");
            if (code == null) {
                terminal.println("Argument expected for the -c option");
                return 2;
            }
            Interpreter interp = new Interpreter(host, fs, new String[] { "-c" });
            interp.setPath("");
            return guarded(interp, code, "<string>");
        }
        if (a0.startsWith("-")) {
            terminal.println("unknown option " + a0);
            terminal.println("usage: python [-c CODE | FILE [ARG...] | -V]");
            return 2;
        }
        String file = Vfs.absolute(CWD, a0);
        byte[] bytes;
        try {
            if (vfs == null) throw new FsError(Errno.ENOENT, file);
            if (vfs.stat(CWD, file).isDirectory()) throw new FsError(Errno.EISDIR, file);
            bytes = vfs.readFile(CWD, file);
        } catch (FsError e) {
            terminal.println("python: can't open file '" + file + "': [Errno " + e.errno() + "] " + e.strerror());
            return 2;
        }
        String source = Codecs.decode(bytes, "utf-8", "surrogateescape");
        String[] argv = args.toArray(new String[0]);
        Interpreter interp = new Interpreter(host, fs, argv);
        int slash = file.lastIndexOf('/');
        interp.setPath(slash <= 0 ? "/" : file.substring(0, slash));
        return guarded(interp, source, file);
    }

    /**
     * runMain, with the two Java errors the VM turns into Python exceptions only inside its loop
     * (compiling a huge or deeply nested program happens outside it) reported the same way.
     */
    private int guarded(Interpreter interp, String source, String filename) {
        int status = runMain(host, interp, source, filename);
        interp.shutdown(); // atexit functions, then the files left open
        return status;
    }

    private static int runMain(PythonHost host, Interpreter interp, String source, String filename) {
        try {
            return interp.runMain(source, filename);
        } catch (StackOverflowError e) {
            host.writeErr("RecursionError: maximum recursion depth exceeded\n");
            return 1;
        } catch (OutOfMemoryError e) {
            host.writeErr("MemoryError\n");
            return 1;
        }
    }

    /**
     * The text after the first word equal to {@code option} and the blanks that follow it, or
     * null when there is none. Words are separated by spaces or tabs, as the console splits them.
     */
    static String restAfterOption(String line, String option) {
        int i = 0, n = line.length();
        while (i < n) {
            while (i < n && blank(line.charAt(i))) i++;
            int start = i;
            while (i < n && !blank(line.charAt(i))) i++;
            if (i > start && line.substring(start, i).equals(option)) {
                while (i < n && blank(line.charAt(i))) i++;
                return i < n ? line.substring(i) : null;
            }
        }
        return null;
    }

    private static boolean blank(char c) { return c == ' ' || c == '\t'; }
}
