package pyjama.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import pyjama.kernel.FakeHal;
import pyjama.kernel.event.EventLoop;
import pyjama.kernel.log.Log;
import pyjama.python.PythonHost;

class ConsoleTest {
    private final FakeHal hal = new FakeHal();
    private final Log log = new Log(64, hal::nanoTime);
    private final Terminal terminal = new Terminal(hal, new EventLoop(hal, log));
    private final Console console = new Console(terminal, log, new LineEditor());

    private String session(String typed) { return session(typed, null); }

    /** Runs one session over {@code typed} (which must end it) and returns the console output. */
    private String session(String typed, Consumer<PythonHost> repl) {
        Commands.install(console, hal, log, repl, new KernelPythonHost(hal, terminal, new LineEditor()));
        hal.type(typed);
        console.runSession();
        return hal.output();
    }

    @Test
    void bannerAndPromptComeFirst() {
        String out = session("\u0004");
        assertTrue(out.startsWith(Console.BANNER + "\r\n" + Console.PROMPT), out);
    }

    @Test
    void echoPrintsItsWordsSeparatedBySingleSpaces() {
        String out = session("echo hello   world\r\u0004");
        assertTrue(out.contains("\r\nhello world\r\n"), out);
    }

    @Test
    void anUnknownCommandIsReported() {
        String out = session("frobnicate now\r\u0004");
        assertTrue(out.contains("frobnicate: command not found\r\n"), out);
    }

    @Test
    void blankLinesDoNothing() {
        String out = session("   \r\t\r\u0004");
        assertEquals(3, out.split(Console.PROMPT, -1).length - 1, out);
        assertTrue(!out.contains("command not found"), out);
    }

    @Test
    void helpListsEveryCommand() {
        String out = session("help\r\u0004");
        for (String name : List.of("help", "echo", "mem", "uptime", "dmesg", "alloc", "crash", "python",
                "exit", "reboot", "poweroff")) {
            assertTrue(out.contains("\r\n  " + name), name + " missing from help: " + out);
        }
    }

    @Test
    void memShowsThePhysicalAndHeapFiguresOfTheHal() {
        String out = session("mem\r\u0004");
        assertTrue(out.contains("physical: 512.0 MiB total, 480.0 MiB free, 32.0 MiB used"), out);
        assertTrue(out.contains("heap:     128.0 MiB max, 16.0 MiB committed, 3.0 MiB used"), out);
    }

    @Test
    void uptimeShowsTimeSinceEntryAndTicks() {
        hal.now = 3_723_456_000_000L; // 1 h 2 min 3.456 s
        String out = session("uptime\r\u0004");
        assertTrue(out.contains("up 01:02:03.456, 372345 timer ticks at 100 Hz"), out);
    }

    @Test
    void dmesgPrintsTheLogRingWithTimes() {
        hal.now = 1_500_000_000L;
        log.info("test", "first line");
        log.warn("test", "second line");
        String out = session("dmesg\r\u0004");
        assertTrue(out.contains("[    1.500000] [pyjama] INFO  test: first line\r\n"
                + "[    1.500000] [pyjama] WARN  test: second line\r\n"), out);
    }

    @Test
    void aCrashPrintsTheStackTraceAndTheConsoleGoesOn() {
        String out = session("crash\recho still here\r\u0004");
        assertTrue(out.contains("crash: uncaught exception; stack trace follows\r\n"
                + "java.lang.RuntimeException: " + Commands.CRASH_MESSAGE + "\r\n\tat "), out);
        assertTrue(out.contains("\r\nstill here\r\n"), out);
        assertTrue(log.entries().stream().anyMatch(e -> e.message().startsWith("crash failed:")));
    }

    @Test
    void anOutOfMemoryErrorEscapingACommandIsReported() {
        console.register(new Command("hog", "hog", "test", args -> { throw new OutOfMemoryError("Java heap space"); }));
        String out = session("hog\recho after\r\u0004");
        assertTrue(out.contains("hog: OutOfMemoryError (the command's memory was released)\r\n"), out);
        assertTrue(out.contains("\r\nafter\r\n"), out);
    }

    @Test
    void aRuntimeNullPointerIsPrintedWithoutItsMessage() {
        console.register(new Command("npe", "npe", "test", args -> {
            String s = args.isEmpty() ? null : "x";
            s.length();
        }));
        String out = session("npe\r\u0004");
        assertTrue(out.contains("\r\njava.lang.NullPointerException\r\n\tat "), out);
    }

    @Test
    void allocWithALimitAllocatesThatManyMebibytes() {
        String out = session("alloc 3\ralloc x\r\u0004");
        assertTrue(out.contains("alloc: allocated 3 MiB; freed it all\r\n"), out);
        assertTrue(out.contains("alloc: not a number of MiB: x\r\n"), out);
    }

    @Test
    void ctrlDEndsTheSessionWithLogout() {
        String out = session("\u0004");
        assertTrue(out.endsWith(Console.PROMPT + "\r\nlogout\r\n"), out);
        assertEquals("session 1 ended; starting a new session", log.entries().get(log.entries().size() - 1).message());
    }

    @Test
    void exitEndsTheSessionLikeCtrlD() {
        String out = session("exit\r");
        assertTrue(out.contains("logout"), out);
        assertEquals(0, hal.pendingInput());
    }

    @Test
    void runRestartsTheSessionAfterCtrlD() {
        Commands.install(console, hal, log, null, null);
        hal.type("\u0004echo second session\r");
        try {
            console.run();
        } catch (FakeHal.ScriptExhausted expected) {
            // the fake machine ran out of typing
        }
        String out = hal.output();
        assertEquals(2, out.split(Console.BANNER, -1).length - 1, out);
        assertTrue(out.contains("\r\nsecond session\r\n"), out);
    }

    @Test
    void pythonWithoutAnInterpreterSaysSo() {
        String out = session("python\r\u0004");
        assertTrue(out.contains("python: interpreter not available yet\r\n"), out);
    }

    @Test
    void pythonRunsTheReplOverTheConsoleLineEditor() {
        List<String> seen = new ArrayList<>();
        Consumer<PythonHost> repl = host -> {
            while (true) {
                String line;
                try {
                    line = host.readLine(">>> ");
                } catch (PythonHost.InterruptedInput e) {
                    host.writeErr("\nKeyboardInterrupt\n");
                    continue;
                }
                if (line == null) return;
                seen.add(line);
                host.writeOut(line.toUpperCase() + "\n");
            }
        };
        String out = session("python\rprint(1)\rx\u0003abc\u001b[Dz\r\u0004echo back\r\u0004", repl);
        assertEquals(List.of("print(1)", "abzc"), seen);
        assertTrue(out.contains(">>> print(1)\r\nPRINT(1)\r\n>>> "), out);
        assertTrue(out.contains("x^C\r\n\r\nKeyboardInterrupt\r\n>>> "), out);
        assertTrue(out.contains("\r\nback\r\n"), out);
    }

    @Test
    void pythonHostReportsCtrlCOncePerKeyPress() {
        KernelPythonHost host = new KernelPythonHost(hal, terminal, new LineEditor());
        hal.type("\u0003");
        assertTrue(host.interruptRequested());
        assertTrue(!host.interruptRequested());
    }

    @Test
    void rebootAndPoweroffAskTheHal() {
        String out = session("reboot\rpoweroff\r\u0004");
        assertEquals(List.of("reboot", "poweroff"), hal.powerEvents);
        assertTrue(out.contains("Rebooting.\r\n"), out);
        assertTrue(out.contains("Powering off.\r\n"), out);
    }

    /** The rescue console of a machine out of memory must still power it off (QemuTinyMemoryTest). */
    @Test
    void poweroffGoesAheadWhenThereIsNoMemoryToSaySo() {
        log.attach(line -> {
            if (line.contains("requested at the console")) throw new OutOfMemoryError("no heap left");
        });
        String out = session("reboot\rpoweroff\r\u0004");
        assertEquals(List.of("reboot", "poweroff"), hal.powerEvents);
        assertTrue(!out.contains("OutOfMemoryError"), out);
    }

    @Test
    void splitSeparatesWordsAtSpacesAndTabs() {
        assertEquals(List.of("a", "b", "c"), Console.split("  a\tb   c "));
        assertEquals(List.of(), Console.split(" \t "));
    }
}
