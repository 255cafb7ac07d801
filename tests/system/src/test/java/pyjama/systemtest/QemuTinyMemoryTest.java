package pyjama.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The kernel in QEMU with 20 MiB of RAM, below what the Python session needs to run a shell
 * command (a 3 MiB Java heap): the prompt comes up, and running out of heap at the first
 * command must leave the machine reachable, on the Python prompt or on the Java console the
 * kernel falls back to, never a CPU fault. (Before sync-teavm.sh made TeaVM's spilled pointers
 * volatile, the session's cleanup took a #GP here.)
 */
class QemuTinyMemoryTest extends KernelScenarios {
    private static final Duration ANSWER = Duration.ofSeconds(300);
    private static final Pattern ANY_PROMPT = Pattern.compile(">>> |pyjama> ");

    @Override
    protected ConsoleSession open(String testName) {
        return QemuConsole.configured(testName, "20M");
    }

    @Test
    void runningOutOfHeapAtTheFirstCommandLeavesTheMachineReachable() throws Exception {
        console.send("ls /bin");
        console.expect(ANY_PROMPT, ANSWER);
        assertFalse(console.transcript().contains("PANIC"), console.transcript());
        console.send("poweroff");
        assertEquals(0, console.waitForExit(ANSWER), console.transcript());
        assertFalse(console.transcript().contains("PANIC"), console.transcript());
    }
}
