package pyjama.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The kernel in QEMU with 32 MiB of RAM (issue 2's target): it boots to the Python prompt with
 * a useful Java heap, a memory hog ends in MemoryError with the prompt back, and the deepest
 * nesting the parser accepts still finds stack (the kernel stack's pages come from RAM as it
 * grows, docs/platform-metal.md).
 */
class QemuSmallMemoryTest extends KernelScenarios {
    private static final Duration ANSWER = Duration.ofSeconds(120);
    private static final Duration MEMORY = Duration.ofSeconds(600);

    @Override
    protected ConsoleSession open(String testName) {
        return QemuConsole.configured(testName, "32M");
    }

    @Test
    void bootsTo32MiBAndAnswersAtThePrompt() throws IOException {
        Matcher heap = Pattern.compile("Java heap \\d+\\.\\.(\\d+) MiB").matcher(console.transcript());
        assertTrue(heap.find(), "the heap line:\n" + console.transcript());
        assertTrue(Integer.parseInt(heap.group(1)) >= 12, "a Java heap of at least 12 MiB: " + heap.group());
        assertEquals("42\n", console.answer("6 * 7", PS1, ANSWER));
        assertEquals("'pyjama'\n", console.answer("'py' + 'jama'", PS1, ANSWER));
    }

    /** At least 8 MiB of the heap is free at the prompt; past the ceiling, MemoryError, and the memory comes back. */
    @Test
    void aMemoryHogGetsMemoryErrorWithThePromptBack() throws IOException {
        assertEquals("", console.answer("x = []", PS1, ANSWER));
        console.send("while True: x.append(bytearray(100_000))");
        console.expect("... ", ANSWER);
        console.send("");
        console.expect("MemoryError", MEMORY);
        console.expect(PS1, ANSWER);
        String held = console.answer("len(x) * 100_000 // 2**20", PS1, ANSWER).trim();
        assertTrue(Integer.parseInt(held) >= 8, "MiB held before MemoryError: " + held);
        assertEquals("", console.answer("del x", PS1, ANSWER));
        assertEquals("8\n", console.answer("len([bytearray(100_000) for _ in range(80)]) // 10", PS1, MEMORY));
        assertEquals("42\n", console.answer("6 * 7", PS1, ANSWER));
    }

    /**
     * The parser at its nesting limits needs about 1.8 MiB of kernel stack; 32 MiB still gives it.
     * (Not 999 nested lambdas compiled: their qualified names alone, "<lambda>.<locals>." once
     * more per level, are 17 MB of UTF-16 text, more than this heap holds: MemoryError.)
     */
    @Test
    void theDeepestNestingStillFindsStack() throws IOException {
        assertEquals("()\n", console.answer("eval('(' * 199 + ')' * 199)", PS1, ANSWER));
        assertEquals("True\n", console.answer("callable(eval('lambda: ' * 100 + '1'))", PS1, ANSWER));
        // brackets and lambdas together up to the parser's limit: its SyntaxError, not a crash
        assertEquals("SyntaxError: too many nested parentheses\n", console.answer(
                "exec(\"try:\\n eval('(lambda: ' * 199 + 'lambda: ' * 790 + '1' + ')' * 199)\\n"
                + "except SyntaxError as e:\\n print('SyntaxError:', e.msg)\")", PS1, ANSWER));
        assertEquals("42\n", console.answer("6 * 7", PS1, ANSWER));
    }
}
