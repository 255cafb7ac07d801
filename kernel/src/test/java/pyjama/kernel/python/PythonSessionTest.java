package pyjama.kernel.python;

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
}
