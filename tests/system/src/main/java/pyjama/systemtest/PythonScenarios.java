package pyjama.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The {@code python} command at the console, whatever runs the kernel: the REPL and what a user
 * at it can rely on (answers, continuation lines, Ctrl-C, runaway recursion and memory, syntax
 * errors, the standard library, leaving), and running files and {@code -c}. Each test boots a
 * fresh kernel; the REPL must still answer after every misadventure.
 */
public abstract class PythonScenarios extends KernelScenarios {
    protected static final Duration ANSWER = Duration.ofSeconds(120);
    /** Filling the heap a megabyte at a time, then a full collection: slow on TCG. */
    protected static final Duration MEMORY = Duration.ofSeconds(900);
    protected static final String PS2 = "... ";

    /**
     * The console session is the REPL: boot() already waited for its first prompt, which
     * follows the banner with the Python version.
     */
    protected void startRepl() {
        String boot = console.transcript();
        if (!boot.contains("Python 3.12")) throw new AssertionError("no Python version in the banner:\n" + boot);
    }

    /** Types a line at a prompt and waits for its echo. */
    protected void type(String line) throws IOException {
        console.send(line);
        console.expect(line + "\r\n", ANSWER);
    }

    /** Expects {@code text} as a whole line (it follows the previous line's end). */
    protected void expectLine(String text, Duration timeout) {
        console.expect(text + "\r\n", timeout);
    }

    /** The REPL answers a fresh question: it survived whatever came before. */
    protected void replStillAnswers() throws IOException {
        console.expect(PS1, ANSWER);
        type("6 * 7");
        expectLine("42", ANSWER);
        console.expect(PS1, ANSWER);
    }

    @Test
    void anExpressionIsEvaluatedAndEchoed() throws IOException {
        startRepl();
        type("1 + 1");
        expectLine("2", ANSWER);
        console.expect(PS1, ANSWER);
        type("'py' + 'jama'");
        expectLine("'pyjama'", ANSWER);
    }

    @Test
    void aMultiLineBlockContinuesWithDots() throws IOException {
        startRepl();
        type("def double(n):");
        console.expect(PS2, ANSWER);
        type("    return n * 2");
        console.expect(PS2, ANSWER);
        type("");
        console.expect(PS1, ANSWER);
        type("for i in range(3):");
        console.expect(PS2, ANSWER);
        type("    print(double(i))");
        console.expect(PS2, ANSWER);
        type("");
        expectLine("0", ANSWER);
        expectLine("2", ANSWER);
        expectLine("4", ANSWER);
        replStillAnswers();
    }

    @Test
    void ctrlCInterruptsAnEndlessLoop() throws IOException {
        startRepl();
        type("while True: pass");
        console.expect(PS2, ANSWER); // a compound statement ends at a blank line, as in CPython
        type("");
        console.sendBytes(new byte[] {0x03});
        console.expect("KeyboardInterrupt\r\n", ANSWER);
        replStillAnswers();
    }

    @Test
    void unboundedRecursionIsARecursionError() throws IOException {
        startRepl();
        type("def down(n):");
        console.expect(PS2, ANSWER);
        type("    return down(n + 1)");
        console.expect(PS2, ANSWER);
        type("");
        console.expect(PS1, ANSWER);
        type("down(0)");
        console.expect("Traceback (most recent call last):\r\n", ANSWER);
        expectLine("RecursionError: maximum recursion depth exceeded", ANSWER);
        replStillAnswers();
    }

    @Test
    void aMemoryHogGetsMemoryErrorAndTheMemoryComesBack() throws IOException {
        startRepl();
        type("x = []");
        console.expect(PS1, ANSWER);
        type("while True: x.append(bytearray(10**6))");
        console.expect(PS2, ANSWER);
        type("");
        console.expect("MemoryError", MEMORY);
        console.expect(PS1, ANSWER);
        type("len(x) > 10");
        expectLine("True", ANSWER);
        console.expect(PS1, ANSWER);
        type("del x");
        console.expect(PS1, ANSWER);
        // The memory is usable again: 150 MB held at once fit where there was no room before.
        // (Megabyte blocks, not one 200 MB block: the heap may be fragmented into the holes the
        // old blocks left, and a single huge array needs a contiguous run; see docs/kernel.md.)
        type("y = [bytearray(10**6) for _ in range(150)]; len(y)");
        expectLine("150", MEMORY);
        replStillAnswers();
    }

    @Test
    void aSyntaxErrorShowsTheLineAndACaret() throws IOException {
        startRepl();
        type("1 +* 2");
        expectLine("  File \"<stdin>\", line 1", ANSWER);
        expectLine("    1 +* 2", ANSWER);
        expectLine("       ^", ANSWER);
        expectLine("SyntaxError: invalid syntax", ANSWER);
        replStillAnswers();
    }

    @Test
    void theStandardLibraryImports() throws IOException {
        startRepl();
        type("import math; math.sqrt(2)");
        expectLine("1.4142135623730951", ANSWER);
        console.expect(PS1, ANSWER);
        type("import collections; collections.Counter('abca').most_common(1)");
        expectLine("[('a', 2)]", ANSWER);
        replStillAnswers();
    }

    @Test
    void exitAndCtrlDStartAFreshSession() throws IOException {
        startRepl();
        type("x = 1");
        console.expect(PS1, ANSWER);
        type("exit()");
        console.expect("logout\r\n", ANSWER);
        console.expect(PS1, ANSWER);
        type("x");
        expectLine("NameError: name 'x' is not defined", ANSWER);
        console.expect(PS1, ANSWER);
        console.sendBytes(new byte[] {0x04});
        console.expect("logout\r\n", ANSWER);
        replStillAnswers();
    }

    @Test
    void pythonDashCRunsCodeInAFreshInterpreter() throws IOException {
        type("python -c \"print(6 * 7, 'a  b')\"");
        expectLine("42 a  b", ANSWER);
        console.expect(PS1, ANSWER);
    }

    @Test
    void aFileFromTheFilesystemRunsWithItsArguments() throws IOException {
        type("f = open('/tmp/greet.py', 'w'); _ = f.write('import sys\\nprint(sys.argv)\\nimport helper\\nprint(helper.NAME)\\n'); f.close()");
        console.expect(PS1, ANSWER);
        type("with open('/tmp/helper.py', 'w') as g: _ = g.write('NAME = 42\\n')");
        console.expect(PS2, ANSWER);
        type("");
        console.expect(PS1, ANSWER);
        type("python /tmp/greet.py one two");
        expectLine("['/tmp/greet.py', 'one', 'two']", ANSWER);
        expectLine("42", ANSWER);
        console.expect(PS1, ANSWER);
        type("sh.status");
        expectLine("0", ANSWER);
    }

    @Test
    void aFailingFileShowsItsTracebackAndStatus() throws IOException {
        type("with open('/tmp/bad.py', 'w') as f: _ = f.write('def f():\\n    return 1 / 0\\nf()\\n')");
        console.expect(PS2, ANSWER);
        type("");
        console.expect(PS1, ANSWER);
        type("python /tmp/bad.py");
        expectLine("Traceback (most recent call last):", ANSWER);
        expectLine("  File \"/tmp/bad.py\", line 3, in <module>", ANSWER);
        expectLine("  File \"/tmp/bad.py\", line 2, in f", ANSWER);
        expectLine("ZeroDivisionError: division by zero", ANSWER);
        expectLine("python: exit status 1", ANSWER);
        console.expect(PS1, ANSWER);
        type("sh.status");
        expectLine("1", ANSWER);
        console.expect(PS1, ANSWER);
        type("python /tmp/missing.py");
        expectLine("python: can't open file '/tmp/missing.py': [Errno 2] No such file or directory", ANSWER);
        expectLine("python: exit status 2", ANSWER);
        console.expect(PS1, ANSWER);
        type("sh.status");
        expectLine("2", ANSWER);
    }
}
