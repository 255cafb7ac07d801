package pyjama.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a user at the console can rely on, whatever runs the kernel. Each test boots a fresh
 * kernel (so a failure leaves a transcript of its own) and talks to it through a
 * {@link ConsoleSession}; subclasses say how to start one. Timeouts are generous (QEMU's TCG on
 * a busy two-core machine is slow) and nothing asserts on timing.
 */
public abstract class ConsoleScenarios extends KernelScenarios {
    protected static final Duration ANSWER = Duration.ofSeconds(90);
    protected static final Duration ALLOC = Duration.ofSeconds(600);
    private static final String ESC = "\u001b";

    /** The tests here watch the boot (and its log) themselves. */
    @Override
    protected String bootPrompt() { return null; }

    /** Waits for the prompt that follows the boot. */
    protected void awaitPrompt() {
        console.expect(ConsoleSession.PROMPT, BOOT);
    }

    /** Runs {@code command} and waits until its echoed line is done. */
    protected void run(String command) throws IOException {
        console.send(command);
        console.expect(command + "\r\n", ANSWER);
    }

    /** Expects {@code line} as a whole output line (so the echo of the command cannot match). */
    protected void expectLine(String line, Duration timeout) {
        console.expect("\r\n" + line + "\r\n", timeout);
    }

    @Test
    void bootsToThePromptLoggingEachSubsystemAndTheTimeline() {
        Duration t = BOOT;
        console.expect("[pyjama] INFO  kernel: Pyjama kernel starting on ", t);
        console.expect(Pattern.compile("\\[pyjama\\] INFO  mem: [0-9.]+ [KMG]iB usable RAM in \\d+ of \\d+ regions"), t);
        console.expect(Pattern.compile("\\[pyjama\\] INFO  heap: GC heap: [0-9.]+ [KMG]iB max"), t);
        console.expect(Pattern.compile("\\[pyjama\\] INFO  timer: tick \\d+ Hz, TSC "), t);
        console.expect("[pyjama] INFO  serial: console ready", t);
        console.expect("[pyjama] INFO  boot: timeline (ms since kernel entry, stage duration):", t);
        console.expect(Pattern.compile("\\[pyjama\\] INFO  boot: prompt reached \\d+\\.\\d{3} ms after kernel entry"), t);
        console.expect("Type 'help' for commands", t);
        awaitPrompt();
    }

    @Test
    void echoPrintsItsArguments() throws IOException {
        awaitPrompt();
        console.send("echo hello   from the    test");
        expectLine("hello from the test", ANSWER);
        console.expect(ConsoleSession.PROMPT, ANSWER);
    }

    @Test
    void helpListsTheCommandsAndKernelObjects() throws IOException {
        awaitPrompt();
        run("help");
        String listing = console.expect(ConsoleSession.PROMPT, ANSWER);
        String commands = listing.lines().filter(l -> l.startsWith("Commands: ")).findFirst()
                .orElseThrow(() -> new AssertionError("no Commands: line in help:\n" + listing));
        for (String name : new String[] {"alloc", "cat", "crash", "dmesg", "echo", "ed", "ls", "mem", "poweroff",
                "python", "reboot", "sysinfo", "uptime"}) {
            if (!(commands + " ").contains(" " + name + " ")) throw new AssertionError(name + " not in help:\n" + listing);
        }
        if (!listing.contains("Kernel objects: vfs OpenFlags scheduler")) throw new AssertionError(listing);
    }

    @Test
    void memShowsPhysicalAndHeapFigures() throws IOException {
        awaitPrompt();
        run("mem");
        console.expect(Pattern.compile("physical: [0-9.]+ [KMG]iB total, [0-9.]+ [KMG]iB free, [0-9.]+ (bytes|[KMG]iB) used\r\n"), ANSWER);
        console.expect(Pattern.compile("heap: +[0-9.]+ [KMG]iB max, [0-9.]+ (bytes|[KMG]iB) committed, [0-9.]+ (bytes|[KMG]iB) used\r\n"), ANSWER);
    }

    @Test
    void uptimeShowsTheTimeSinceBoot() throws IOException {
        awaitPrompt();
        run("uptime");
        console.expect(Pattern.compile(" \\d\\d:\\d\\d:\\d\\d up (\\d+ days?, )?(\\d+:\\d\\d|\\d+ min),  \\d+ tasks?\r\n"), ANSWER);
    }

    @Test
    void dmesgReplaysTheBootLogWithTimes() throws IOException {
        awaitPrompt();
        run("dmesg");
        console.expect(Pattern.compile("\\[ *\\d+\\.\\d{6}\\] \\[pyjama\\] INFO  kernel: Pyjama kernel starting on "), ANSWER);
        console.expect(Pattern.compile("\\[ *\\d+\\.\\d{6}\\] \\[pyjama\\] INFO  boot: prompt reached "), ANSWER);
    }

    @Test
    void anUnknownWordIsAPythonNameError() throws IOException {
        awaitPrompt();
        console.send("frobnicate --now");
        expectLine("NameError: name 'frobnicate' is not defined", ANSWER);
        console.expect(ConsoleSession.PROMPT, ANSWER);
    }

    @Test
    void lineEditingKeysShapeTheExecutedLine() throws IOException {
        awaitPrompt();
        // "cho wrld", Home, "e", Right x5, "o", End, "!", Enter: "echo world!"
        console.sendBytes(("cho wrld" + ESC + "[H" + "e" + (ESC + "[C").repeat(5) + "o" + ESC + "[F" + "!\r")
                .getBytes(StandardCharsets.UTF_8));
        expectLine("world!", ANSWER);
        // Up recalls it; backspace twice and a new ending.
        console.sendBytes((ESC + "[A" + "\u007f\u007fd?\r").getBytes(StandardCharsets.UTF_8));
        expectLine("world?", ANSWER);
        // Ctrl-C abandons a line.
        console.sendBytes("echo abandoned\u0003".getBytes(StandardCharsets.UTF_8));
        console.expect("^C\r\n", ANSWER);
        console.expect("KeyboardInterrupt\r\n" + ConsoleSession.PROMPT, ANSWER);
        // Ctrl-A / Ctrl-K / Ctrl-U / Delete, and UTF-8 text.
        console.sendBytes(("x echo\u0001" + ESC + "[3~" + ESC + "[3~" + ESC + "[F héllo €\r").getBytes(StandardCharsets.UTF_8));
        expectLine("héllo €", ANSWER);
        console.sendBytes("junk\u0015echo clean\r".getBytes(StandardCharsets.UTF_8));
        expectLine("clean", ANSWER);
    }

    @Test
    void crLfAndLfAlsoEndALine() throws IOException {
        awaitPrompt();
        console.sendBytes("echo one\r\necho two\necho three\r".getBytes(StandardCharsets.UTF_8));
        expectLine("one", ANSWER);
        expectLine("two", ANSWER);
        expectLine("three", ANSWER);
        // No empty line was run between them: exactly one prompt per command.
        console.expect(ConsoleSession.PROMPT, ANSWER);
        String between = console.transcript();
        int prompts = between.split(Pattern.quote(ConsoleSession.PROMPT), -1).length - 1;
        assertEquals(4, prompts, "one prompt at boot and one after each of the three lines");
    }

    @Test
    void aHundredKilobytesOfRandomBytesLeaveTheConsoleAnswering() throws IOException {
        awaitPrompt();
        byte[] noise = new byte[100 * 1024];
        new Random(0x5eed).nextBytes(noise);
        console.sendBytes(noise);
        // Whatever the noise left half-typed (an open bracket continues a Python statement),
        // Ctrl-C abandons it, as a person would.
        console.sendBytes(new byte[] {0x03});
        console.send("echo survived the noise");
        expectLine("survived the noise", Duration.ofSeconds(300));
    }

    /**
     * More is typed ahead than the machine buffers (the metal receive ring holds 256 KiB) while a
     * statement sleeps, then a program reads it all: not a byte may be lost. On metal the UART
     * holds the sender off while the ring is full (flow control; docs/platform-metal.md).
     */
    @Test
    void typeAheadBeyondTheReceiveBufferIsNotLost() throws IOException {
        awaitPrompt();
        console.send("exec(\"import time\\ntime.sleep(" + typeAheadPauseSeconds() + ")\\nn = 0\\n"
                + "while (l := input()) != 'end': n += len(l)\\nprint('read', n, 'characters')\")");
        byte[] line = ("0123456789".repeat(100) + "\r").getBytes(StandardCharsets.US_ASCII);
        byte[] typed = new byte[TYPE_AHEAD_LINES * line.length];
        for (int i = 0; i < TYPE_AHEAD_LINES; i++) System.arraycopy(line, 0, typed, i * line.length, line.length);
        console.sendBytes(typed);
        console.send("end");
        var read = console.expect(Pattern.compile("\r\nread (\\d+) characters\r\n"), Duration.ofSeconds(300));
        assertEquals(TYPE_AHEAD_LINES * 1000, Integer.parseInt(read.group(1)), "characters the program read");
        console.send("echo still here");
        expectLine("still here", ANSWER);
    }

    /** 400 lines of 1000 characters: 400,400 bytes, more than the metal receive ring's 256 KiB. */
    private static final int TYPE_AHEAD_LINES = 400;

    @Test
    void anOverlongLineIsRefusedAndTheConsoleGoesOn() throws IOException {
        awaitPrompt();
        console.send("echo " + "x".repeat(70_000));
        console.expect("line too long (more than 65536 bytes): discarded up to the next newline", Duration.ofSeconds(300));
        console.send("echo still here");
        expectLine("still here", ANSWER);
    }

    @Test
    void allocEndsWithOutOfMemoryErrorAndTheConsoleGoesOn() throws IOException {
        awaitPrompt();
        run("alloc");
        console.expect(Pattern.compile("alloc: OutOfMemoryError after \\d+ MiB; freed it all\r\n"), ALLOC);
        console.send("echo after alloc");
        expectLine("after alloc", ANSWER);
        run("mem");
        console.expect(Pattern.compile("heap: +[0-9.]+ [KMG]iB max"), ANSWER);
    }

    @Test
    void crashPrintsAStackTraceAndTheConsoleSurvives() throws IOException {
        awaitPrompt();
        run("crash");
        console.expect("crash: uncaught exception; stack trace follows\r\n", ANSWER);
        console.expect("RuntimeException: crash: deliberate exception requested at the console\r\n\tat ", ANSWER);
        console.expect("[pyjama] ERROR console: crash failed: ", ANSWER);
        console.send("echo alive");
        expectLine("alive", ANSWER);
    }

    @Test
    void failedJavaChecksReachTheirHandlers() throws IOException {
        // in the image: the lazily recorded call sites of the generated C's checks (teavm-lazy-checks.h)
        awaitPrompt();
        console.send("crash checks");
        expectLine("crash checks: bounds caught, null caught, cast caught, bounds caught in the caller", ANSWER);
        console.send("echo alive");
        expectLine("alive", ANSWER);
    }

    @Test
    void ctrlDEndsTheSessionAndANewOneStarts() throws IOException {
        awaitPrompt();
        console.sendBytes(new byte[] {4});
        console.expect("logout\r\n", ANSWER);
        console.expect("session 1 ended (status 0); starting a new session", ANSWER);
        console.expect("Type 'help' for commands", ANSWER);
        console.expect(ConsoleSession.PROMPT, ANSWER);
        console.send("echo second session");
        expectLine("second session", ANSWER);
    }

    @Test
    void poweroffEndsTheMachineWithStatusZero() throws Exception {
        awaitPrompt();
        run("poweroff");
        console.expect("Powering off.", ANSWER);
        assertEquals(poweroffStatus(), console.waitForExit(ANSWER));
    }

    /**
     * How long {@link #typeAheadBeyondTheReceiveBufferIsNotLost} lets the typed-ahead bytes pile
     * up before reading them: long enough for all of them to reach a machine that would drop
     * what it cannot hold.
     */
    protected int typeAheadPauseSeconds() { return 1; }

    /** The exit status of the emulator or JVM after {@code poweroff}. */
    protected int poweroffStatus() { return 0; }
}
