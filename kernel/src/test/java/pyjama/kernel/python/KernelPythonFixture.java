package pyjama.kernel.python;

import java.util.List;
import pyjama.kernel.FakeHal;
import pyjama.kernel.event.EventLoop;
import pyjama.kernel.fs.ConsoleDevice;
import pyjama.kernel.fs.Vfs;
import pyjama.kernel.log.Log;
import pyjama.kernel.log.LogEntry;
import pyjama.python.Interpreter;
import pyjama.python.PythonHost;
import pyjama.python.runtime.PyException;
import pyjama.python.runtime.PyList;
import pyjama.python.runtime.PyStr;

/**
 * A fake machine with the kernel's Python side: FakeHal, log, event loop, a VFS with the
 * frozen files installed, and the kernel modules registered; interpreters whose output is
 * captured.
 */
class KernelPythonFixture {
    final FakeHal hal = new FakeHal();
    final Log log = new Log(Log.DEFAULT_CAPACITY, hal::nanoTime);
    final EventLoop loop = new EventLoop(hal, log);
    final Vfs vfs = Vfs.standard(() -> 0L, 1L, new ConsoleDevice() {
        @Override public int read(byte[] b, int off, int len) { return 0; }
        @Override public void write(byte[] b, int off, int len) {}
    }, Long.MAX_VALUE);

    KernelPythonFixture() {
        hal.idleWithoutInputAllowed = true; // asyncio waits idle; time moves to the deadline
        KernelPython.registerModules(hal, log, loop);
        KernelFiles.install(vfs, log);
    }

    /** Output of an interpreter: stdout and stderr apart. */
    static final class Host implements PythonHost {
        final StringBuilder out = new StringBuilder();
        final StringBuilder err = new StringBuilder();
        private final FakeHal hal;

        Host(FakeHal hal) { this.hal = hal; }

        @Override public void writeOut(String text) { out.append(text); }
        @Override public void writeErr(String text) { err.append(text); }
        @Override public String readLine(String prompt) { return null; }
        @Override public boolean interruptRequested() { return hal.takeBreak(); }
        @Override public long nanoTime() { return hal.nanoTime(); }
        @Override public long wallClockMillis() { return hal.wallClockMillis(); }
    }

    /** An interpreter over the fixture's VFS, /lib on sys.path. */
    Interpreter interpreter(Host host) {
        Interpreter in = new Interpreter(host, new VfsFileSystem(vfs, "/"), new String[] { "" });
        in.setPath("", "/lib");
        return in;
    }

    /** The result of running a program. */
    record Run(int status, String out, String err) {
        /** As run_examples.py writes expected/NAME.out (without the log part). */
        String report() {
            return out + (err.isEmpty() ? "" : "--- stderr\n" + err) + "--- status " + status + "\n";
        }
    }

    /**
     * Runs {@code source} as the shell runs a script: {@code __main__}, globals argv and cwd,
     * sys.argv = [path, *args], sys.path[0] its directory.
     */
    Run runScript(String path, String source, String... args) {
        Host host = new Host(hal);
        String[] sysArgv = new String[args.length + 1];
        sysArgv[0] = path;
        System.arraycopy(args, 0, sysArgv, 1, args.length);
        Interpreter in = new Interpreter(host, new VfsFileSystem(vfs, "/"), sysArgv);
        in.setPath(path.substring(0, path.lastIndexOf('/')), "/lib");
        PyList argv = new PyList();
        for (String a : args) argv.append(new PyStr(a));
        in.setGlobal("argv", argv);
        in.setGlobal("cwd", "/");
        int status = in.runMain(source, path);
        in.shutdown(); // the program's end: its threads joined, atexit, files closed
        return new Run(status, host.out.toString(), host.err.toString());
    }

    /** Runs statements in a fresh interpreter; returns stdout, failing the test on stderr output. */
    String exec(String source) {
        Host host = new Host(hal);
        Interpreter in = interpreter(host);
        try {
            in.exec(source, "<test>");
        } catch (PyException e) {
            in.printException(e);
            throw new AssertionError("Python raised:\n" + host.err + "\nafter printing:\n" + host.out);
        }
        return host.out.toString();
    }

    /** The message lines of the log, as {@code LEVEL subsystem: message}. */
    List<String> logLines() {
        return log.entries().stream().map(LogEntry::format).map(s -> s.substring("[pyjama] ".length())).toList();
    }
}
