package pyjama.systemtest;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * The harness every scenario class shares: each test boots a fresh kernel in the session its
 * runner opens (hosted JVM or QEMU), named after the test for its transcript, and waits for the
 * prompt; the session is closed after the test.
 */
public abstract class KernelScenarios {
    protected static final Duration BOOT = Duration.ofSeconds(180);
    protected static final String PS1 = ConsoleSession.PROMPT;
    protected static final String SHELL = "$ ";

    protected ConsoleSession console;

    /** Starts the console under test (not yet booted to the prompt); the runners say where. */
    protected abstract ConsoleSession open(String testName) throws IOException;

    /** What boot waits for; null: nothing (a class whose tests watch the boot themselves). */
    protected String bootPrompt() { return PS1; }

    @BeforeEach
    void boot(TestInfo info) throws IOException {
        String name = getClass().getSimpleName() + "." + info.getTestMethod().map(m -> m.getName()).orElse("test");
        console = open(name).start();
        String prompt = bootPrompt();
        if (prompt != null) console.expect(prompt, BOOT);
    }

    @AfterEach
    void shutDown() throws IOException {
        if (console != null) console.close();
    }
}
