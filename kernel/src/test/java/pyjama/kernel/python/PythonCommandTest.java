package pyjama.kernel.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import pyjama.kernel.FakeHal;
import pyjama.kernel.console.Commands;
import pyjama.kernel.console.Console;
import pyjama.kernel.console.KernelPythonHost;
import pyjama.kernel.console.LineEditor;
import pyjama.kernel.console.Terminal;
import pyjama.kernel.event.EventLoop;
import pyjama.kernel.fs.ConsoleDevice;
import pyjama.kernel.fs.Vfs;
import pyjama.kernel.log.Log;

/** The console's python command on a fake machine, with a real interpreter and VFS. */
class PythonCommandTest {
    private final FakeHal hal = new FakeHal();
    private final Log log = new Log(64, hal::nanoTime);
    private final Terminal terminal = new Terminal(hal, new EventLoop(hal, log));
    private final Console console = new Console(terminal, log, new LineEditor());
    private final Vfs vfs = Vfs.standard(() -> 0L, 1L, new ConsoleDevice() {
        @Override public int read(byte[] b, int off, int len) { return 0; }
        @Override public void write(byte[] b, int off, int len) {}
    }, Long.MAX_VALUE);

    /** Runs one console session over {@code typed} (which must end it); returns the output with LF line ends. */
    private String session(String typed) {
        Commands.install(console, hal, log, new PythonCommand(terminal,
                new KernelPythonHost(hal, terminal, new LineEditor()), vfs, console::currentLine));
        hal.type(typed);
        console.runSession();
        return hal.output().replace("\r\n", "\n");
    }

    private void install(String path, String text) { vfs.installFile(path, text.getBytes(StandardCharsets.UTF_8)); }

    @Test
    void theReplEvaluatesAndExitReturnsToTheConsole() {
        String out = session("python\r1 + 1\rexit()\recho back\r\u0004");
        assertTrue(out.contains(PythonCommand.BANNER + "\n>>> "), out);
        assertTrue(out.contains(">>> 1 + 1\n2\n>>> exit()\n" + Console.PROMPT + "echo back\nback\n"), out);
    }

    @Test
    void theReplGoesOnAfterASyntaxErrorAndShowsTheCaret() {
        String out = session("python\r1 +* 2\r6 * 7\r\u0004\u0004");
        assertTrue(out.contains("  File \"<stdin>\", line 1\n    1 +* 2\n       ^\nSyntaxError: invalid syntax\n>>> 6 * 7\n42\n"), out);
    }

    @Test
    void theReplContinuesBlocksAndCancelsLinesWithCtrlC() {
        String out = session("python\rdef f():\r    return 5\r\rf()\rabc\u0003f() + 1\r\u0004\u0004");
        assertTrue(out.contains(">>> def f():\n...     return 5\n... \n>>> f()\n5\n"), out);
        assertTrue(out.contains("KeyboardInterrupt\n>>> f() + 1\n6\n"), out);
    }

    @Test
    void systemExitLeavesTheRepl() {
        String out = session("python\rimport sys; sys.exit(4)\recho out\r\u0004");
        assertTrue(out.contains(Console.PROMPT + "echo out\nout\n"), out);
        assertFalse(out.contains("exit status"), out);
    }

    @Test
    void ctrlDLeavesTheRepl() {
        String out = session("python\r\u0004echo after\r\u0004");
        int repl = out.indexOf(">>> ");
        int back = out.indexOf("\n" + Console.PROMPT + "echo after\nafter\n");
        assertTrue(repl > 0 && back > repl, out);
        assertEquals(out.substring(repl + 4, back).strip(), "", "nothing but the end of the line after the prompt");
    }

    @Test
    void dashCTakesTheRestOfTheLineVerbatim() {
        String out = session("python  -c   print('a   b', 6 * 7)\r\u0004");
        assertTrue(out.contains("\na   b 42\n" + Console.PROMPT), out);
        assertFalse(out.contains("exit status"), out);
    }

    @Test
    void aFileRunsWithArgvAndImportsFromItsDirectory() {
        install("/home/app/main.py", "import sys, helper\nprint(sys.argv, helper.VALUE, __name__)\n"
                + "print(open(__file__.replace('main.py', 'data.txt')).read())\n");
        install("/home/app/helper.py", "VALUE = 'helped'\n");
        install("/home/app/data.txt", "from the vfs");
        String out = session("python /home/app/main.py x y\r\u0004");
        assertTrue(out.contains("\n['/home/app/main.py', 'x', 'y'] helped __main__\nfrom the vfs\n"), out);
    }

    @Test
    void aRelativeFileIsFoundFromTheRoot() {
        install("/tmp/rel.py", "print('relative ok')\n");
        String out = session("python tmp/rel.py\r\u0004");
        assertTrue(out.contains("\nrelative ok\n"), out);
    }

    @Test
    void anUncaughtExceptionPrintsItsTracebackAndTheStatus() {
        install("/tmp/bad.py", "def f():\n    return 1 / 0\nf()\n");
        String out = session("python /tmp/bad.py\r\u0004");
        assertTrue(out.contains("Traceback (most recent call last):\n  File \"/tmp/bad.py\", line 3, in <module>\n"), out);
        assertTrue(out.contains("ZeroDivisionError: division by zero\npython: exit status 1\n"), out);
    }

    @Test
    void sysExitSetsTheStatus() {
        String out = session("python -c import sys; sys.exit(3)\rpython -c raise SystemExit\r\u0004");
        assertTrue(out.contains("\npython: exit status 3\n"), out);
        assertEquals(1, out.split("exit status", -1).length - 1, out);
    }

    @Test
    void aMissingOrDirectoryFileIsReportedLikeCPython() {
        String out = session("python /nope.py\rpython /tmp\r\u0004");
        assertTrue(out.contains("python: can't open file '/nope.py': [Errno 2] No such file or directory\npython: exit status 2\n"), out);
        assertTrue(out.contains("python: can't open file '/tmp': [Errno 21] Is a directory\n"), out);
    }

    @Test
    void writtenFilesLandInTheVfs() {
        String out = session("python -c f = open('/tmp/out.txt', 'w'); f.write('hello'); f.close()\r\u0004");
        assertFalse(out.contains("Error"), out);
        assertEquals("hello", new String(vfs.readFile("/", "/tmp/out.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void openingAMissingFileIsFileNotFoundError() {
        String out = session("python -c open('/missing.txt')\r\u0004");
        assertTrue(out.contains("FileNotFoundError: [Errno 2] No such file or directory: '/missing.txt'\n"), out);
    }

    @Test
    void versionAndUnknownOptions() {
        String out = session("python -V\rpython -q\r\u0004");
        assertTrue(out.contains("\nPython 3.12.1\n"), out);
        assertTrue(out.contains("\nunknown option -q\n"), out);
    }

    @Test
    void restAfterOptionFindsTheWordNotASubstring() {
        assertEquals("print(1)", PythonCommand.restAfterOption("python -c print(1)", "-c"));
        assertEquals("x  -c y", PythonCommand.restAfterOption("python\t-c\tx  -c y", "-c"));
        assertNull(PythonCommand.restAfterOption("python -c   ", "-c"));
        assertNull(PythonCommand.restAfterOption("python x-c y", "-c"));
    }

    @Test
    void theImportSystemReadsOnlyRegularFiles() {
        install("/tmp/f.txt", "x");
        VfsFileSystem fs = new VfsFileSystem(vfs, "/tmp");
        assertEquals("x", new String(fs.read("f.txt"), StandardCharsets.UTF_8));
        assertNull(fs.read("/tmp"));
        assertNull(fs.read("/dev/console"));
        assertNull(fs.read("/nope"));
    }
}
