package pyjama.kernel.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import pyjama.kernel.console.Console;
import pyjama.kernel.console.KernelPythonHost;
import pyjama.kernel.console.LineEditor;
import pyjama.kernel.console.Terminal;
import pyjama.kernel.task.TaskTable;
import pyjama.python.runtime.Precompiled;

class PythonSessionTest {
    private final KernelPythonFixture fx = new KernelPythonFixture();

    @Test
    void timeSleepAtThePromptWaitsInTheEventLoop() {
        Terminal terminal = new Terminal(fx.hal, fx.loop);
        KernelPythonHost host = new KernelPythonHost(fx.hal, terminal, new LineEditor(), fx.loop);
        Console console = new Console(terminal, fx.log, new LineEditor());
        PythonSession session = new PythonSession(terminal, host, fx.vfs, fx.log, console,
                new TaskTable(fx.hal::nanoTime), null, "Pyjama 0.1.0");
        fx.hal.type("import time; t = time.monotonic(); time.sleep(2); time.monotonic() - t >= 2\r\u0004");
        // The fake clock moves only when the kernel idles: a sleep that does not go through the
        // event loop would wait for it forever.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> session.runOne());
        String out = fx.hal.output().replace("\r\n", "\n");
        assertTrue(out.contains("- t >= 2\nTrue\n"), out);
        assertFalse(fx.hal.idleDeadlines.isEmpty(), "the CPU idled until the deadline");
    }

    private PythonSession session() {
        Terminal terminal = new Terminal(fx.hal, fx.loop);
        KernelPythonHost host = new KernelPythonHost(fx.hal, terminal, new LineEditor(), fx.loop);
        Console console = new Console(terminal, fx.log, new LineEditor());
        return new PythonSession(terminal, host, fx.vfs, fx.log, console, new TaskTable(fx.hal::nanoTime), null, "Pyjama 0.1.0");
    }

    @Test
    void theNamespaceIsBuiltFromPrecompiledCodeUnlessTheFileWasEdited() {
        int hits = Precompiled.hits();
        PythonSession s = session();
        s.prepare();
        assertTrue(s.hasKernelNamespace());
        assertEquals(hits + 1, Precompiled.hits(), "/lib/pyjama_session.py came from the build's code");
        // An edited file is compiled from its new text (and the edit is in effect).
        String edited = KernelFiles.text("/lib/pyjama_session.py") + "\nEDITED = True\n";
        fx.vfs.installFile("/lib/pyjama_session.py", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int misses = Precompiled.misses();
        PythonSession t = session();
        t.prepare();
        assertTrue(t.hasKernelNamespace());
        assertEquals(misses + 1, Precompiled.misses());
        fx.hal.type("import pyjama_session; pyjama_session.EDITED\r\u0004");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> t.runOne());
        assertTrue(fx.hal.output().replace("\r\n", "\n").contains("EDITED\nTrue\n"), fx.hal.output());
    }
}
