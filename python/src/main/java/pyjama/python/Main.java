package pyjama.python;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

import pyjama.python.runtime.Codecs;

/**
 * The interpreter's command line, as CPython's: {@code FILE.py [args]}, {@code -c CODE [args]},
 * or no argument for the interactive REPL. The same class is the main of
 * {@code build/pyjama-python.jar} and, through TeaVM's C backend, of
 * {@code build/pyjama-python-native}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err, Platform.jvm());
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    /**
     * What the command line runs on besides its streams: the files, the environment and the
     * process id. The TeaVM-native main passes its own (libc); everything else uses
     * {@link #jvm()}.
     */
    public record Platform(FileSystem files, Map<String, String> environment, long processId, int cpuCount) {
        /**
         * The JVM's: the host's files through java.nio.file, System.getenv(), the JVM's pid and
         * processors. JVM only: the native main must not reach this method (TeaVM's C classlib
         * has none of it).
         */
        public static Platform jvm() {
            return new Platform(new HostFileSystem(), System.getenv(), ProcessHandle.current().pid(),
                    java.lang.Runtime.getRuntime().availableProcessors());
        }
    }

    /** {@link #run(String[], InputStream, PrintStream, PrintStream, Platform)} on the JVM's platform. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, Platform.jvm());
    }

    /**
     * Runs one command line with the given streams and returns the exit status: 0, 1 after an
     * uncaught exception (traceback on {@code err}), 2 for a usage error, or sys.exit's code.
     * Safe to call many times in one JVM (each call has a fresh interpreter and its own working
     * directory, held by its file system); the conformance runner uses it in-process.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Platform platform) {
        StreamHost host = new StreamHost(in, out, err, platform);
        Interpreter[] made = new Interpreter[1];
        int status = run(args, in, out, err, host, platform.files(), made);
        // files Python left open are flushed and closed with the run (no finally: see FileHandles)
        if (made[0] != null) made[0].shutdown();
        out.flush();
        err.flush();
        return status;
    }

    private static int run(String[] args, InputStream in, PrintStream out, PrintStream err, StreamHost host,
                           FileSystem fs, Interpreter[] made) {
        Interpreter interp;
        if (args.length == 0) {
            interp = made[0] = new Interpreter(host, fs, new String[] { "" });
            interp.setPath("");
            return Repl.interact(interp, "Python 3.12.1 (pyjama 0.1.0) on pyjama\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        }
        String a0 = args[0];
        if (a0.equals("-V") || a0.equals("--version")) {
            out.println("Python 3.12.1");
            return 0;
        }
        if (a0.equals("-c")) {
            if (args.length < 2) {
                err.println("Argument expected for the -c option");
                return 2;
            }
            String[] argv = new String[args.length - 1];
            argv[0] = "-c";
            System.arraycopy(args, 2, argv, 1, args.length - 2);
            interp = made[0] = new Interpreter(host, fs, argv);
            interp.setPath("");
            return interp.runMain(args[1], "<string>");
        }
        if (a0.startsWith("-") && !a0.equals("-")) {
            err.println("unknown option " + a0);
            return 2;
        }
        String source;
        String file = a0.equals("-") ? "<stdin>" : absolute(fs, a0);
        if (a0.equals("-")) {
            source = Codecs.decode(readAll(in), "utf-8", "strict");
        } else {
            Object script = readScript(fs, a0);
            if (script instanceof FileSystemError e) {
                err.println("python3: can't open file " + quoted(file) + ": [Errno " + e.errno() + "] " + e.strerror());
                return 2;
            }
            if (script == null) {
                err.println("python3: can't find '__main__' module in " + quoted(a0));
                return 2;
            }
            source = Codecs.decode((byte[]) script, "utf-8", "surrogateescape");
        }
        String[] argv = args.clone();
        interp = made[0] = new Interpreter(host, fs, argv);
        int slash = file.lastIndexOf('/');
        interp.setPath(slash < 0 ? "" : slash == 0 ? "/" : file.substring(0, slash));
        return interp.runMain(source, file);
    }

    private static String quoted(String s) { return "'" + s + "'"; }

    /** The script's bytes, null for a directory, or the error (returned, not thrown). */
    private static Object readScript(FileSystem fs, String path) {
        try {
            return fs.stat(path).isDirectory() ? null : fs.readFile(path);
        } catch (FileSystemError e) {
            return e;
        }
    }

    /** CPython makes the main script's path absolute (its __file__ and tracebacks show it). */
    static String absolute(FileSystem fs, String path) {
        if (path.startsWith("/")) return path;
        String cwd = fs.getcwd();
        if (cwd == null || cwd.isEmpty()) return path;
        while (path.startsWith("./")) path = path.substring(2);
        return cwd.endsWith("/") ? cwd + path : cwd + "/" + path;
    }

    static byte[] readAll(InputStream in) {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) > 0) bo.write(buf, 0, n);
        } catch (IOException e) {
            // a failed read ends the input
        }
        return bo.toByteArray();
    }

    /** A PythonHost over byte streams (UTF-8). */
    static final class StreamHost implements PythonHost {
        final InputStream in;
        final PrintStream out, err;
        final Platform platform;

        StreamHost(InputStream in, PrintStream out, PrintStream err, Platform platform) {
            this.in = in;
            this.out = out;
            this.err = err;
            this.platform = platform;
        }

        @Override public Map<String, String> environment() { return platform.environment(); }

        @Override public long processId() { return platform.processId(); }

        @Override public int cpuCount() { return platform.cpuCount(); }

        @Override public void writeOut(String text) { out.print(text); }

        @Override public void writeErr(String text) {
            out.flush();
            err.print(text);
            err.flush();
        }

        @Override public String readLine(String prompt) {
            if (!prompt.isEmpty()) {
                err.print(prompt);
                err.flush();
            }
            out.flush();
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            try {
                int c;
                boolean any = false;
                while ((c = in.read()) >= 0) {
                    any = true;
                    if (c == '\n') break;
                    bo.write(c);
                }
                if (!any) return null;
            } catch (IOException e) {
                return null;
            }
            String s = Codecs.decode(bo.toByteArray(), "utf-8", "replace");
            if (s.endsWith("\r")) s = s.substring(0, s.length() - 1);
            return s;
        }

        @Override public boolean interruptRequested() { return false; }

        @Override public long nanoTime() { return System.nanoTime(); }

        @Override public long wallClockMillis() { return System.currentTimeMillis(); }
    }
}
