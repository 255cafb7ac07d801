package pyjama.kernel.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import pyjama.kernel.Sizes;
import pyjama.kernel.hal.Hal;
import pyjama.kernel.hal.MemoryStats;
import pyjama.kernel.log.Log;
import pyjama.kernel.log.LogEntry;
import pyjama.python.PythonHost;

/** The built-in console commands. */
public final class Commands {
    private Commands() {}

    /** Message of the exception the {@code crash} command throws. */
    public static final String CRASH_MESSAGE = "crash: deliberate exception requested at the console";

    /**
     * Registers every built-in command, with a {@code python} command that runs {@code pythonRepl}
     * on {@code pythonHost} whatever its arguments (for tests with a stand-in REPL).
     */
    public static void install(Console console, Hal hal, Log log, Consumer<PythonHost> pythonRepl,
                               PythonHost pythonHost) {
        install(console, hal, log, pythonRepl == null ? null : args -> pythonRepl.accept(pythonHost));
    }

    /**
     * Registers every built-in command on {@code console}. {@code python} is the action of the
     * {@code python} command (see pyjama.kernel.python.PythonCommand); null when no interpreter
     * is linked in.
     */
    public static void install(Console console, Hal hal, Log log, Command.Action python) {
        Terminal t = console.terminal();
        console.register(new Command("help", "help", "list the commands", args -> {
            int width = 0;
            for (Command c : console.commands()) width = Math.max(width, c.usage().length());
            for (Command c : console.commands()) {
                StringBuilder line = new StringBuilder("  ").append(c.usage());
                for (int i = c.usage().length(); i < width + 2; i++) line.append(' ');
                t.println(line.append(c.summary()).toString());
            }
            t.println("Keys: arrows, Home/End, Ctrl-A/E/U/K/W/L, Up/Down history, Ctrl-C cancels, Ctrl-D ends the session.");
        }));
        console.register(new Command("echo", "echo [WORD...]", "print the words, separated by single spaces",
                args -> t.println(String.join(" ", args))));
        console.register(new Command("mem", "mem", "physical memory and heap figures",
                args -> memory(hal, t)));
        console.register(new Command("uptime", "uptime", "time since kernel entry and timer ticks",
                args -> t.println(uptime(hal))));
        console.register(new Command("dmesg", "dmesg", "print the kernel log ring", args -> {
            if (log.dropped() > 0) t.println("(" + log.dropped() + " older log lines were overwritten)");
            for (LogEntry e : log.entries()) t.println(e.formatWithTime());
        }));
        console.register(new Command("alloc", "alloc [MIB]",
                "allocate 1 MiB blocks until OutOfMemoryError (or MIB of them), then free them",
                args -> alloc(args, t)));
        console.register(new Command("crash", "crash [checks]",
                "throw a Java exception (the console survives); checks: fail a bounds, null and cast check and catch each",
                args -> {
            if (args.equals(List.of("checks"))) {
                t.println(failedChecks(args.size()));
                return;
            }
            throw new RuntimeException(CRASH_MESSAGE);
        }));
        console.register(new Command("python", "python [-c CODE | FILE [ARG...]]",
                "the Python REPL (Ctrl-D or exit() leaves it), or run a file or CODE", args -> {
            if (python == null) {
                t.println("python: interpreter not available yet");
                return;
            }
            python.run(args);
        }));
        console.register(new Command("exit", "exit", "end this console session (as Ctrl-D)",
                args -> console.endSession()));
        console.register(new Command("reboot", "reboot", "reset the machine", args -> {
            say(log, t, "reboot requested at the console", "Rebooting.");
            hal.reboot();
        }));
        console.register(new Command("poweroff", "poweroff", "power the machine off", args -> {
            say(log, t, "power-off requested at the console", "Powering off.");
            hal.poweroff();
        }));
    }

    /**
     * Logs and prints what a power command is about to do, unless the heap is too full even
     * for that (the console is the rescue session of a machine that ran out of memory): the
     * command goes ahead either way.
     */
    private static void say(Log log, Terminal t, String logged, String printed) {
        try {
            log.info("power", logged);
            t.println(printed);
        } catch (OutOfMemoryError e) {
            // nothing left to say it with
        }
    }

    static void memory(Hal hal, Terminal t) {
        MemoryStats m = hal.memoryStats();
        t.println("physical: " + Sizes.human(m.physTotal()) + " total, " + Sizes.human(m.physFree())
                + " free, " + Sizes.human(m.physTotal() - m.physFree()) + " used");
        t.println("heap:     " + Sizes.human(m.heapMax()) + " max, " + Sizes.human(m.heapCommitted())
                + " committed, " + Sizes.human(m.heapUsed()) + " used");
    }

    static String uptime(Hal hal) {
        long millis = hal.nanoTime() / 1_000_000L;
        long seconds = millis / 1000;
        String ms = Long.toString(millis % 1000);
        String clock = two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60)
                + "." + "000".substring(ms.length()) + ms;
        return "up " + clock + ", " + hal.ticks() + " timer ticks at " + hal.tickHz() + " Hz";
    }

    private static String two(long n) { return n < 10 ? "0" + n : Long.toString(n); }

    private static final int MIB = 1 << 20;

    static void alloc(List<String> args, Terminal t) {
        long limit = Long.MAX_VALUE;
        if (!args.isEmpty()) {
            try {
                limit = Long.parseLong(args.get(0));
            } catch (NumberFormatException e) {
                t.println("alloc: not a number of MiB: " + args.get(0));
                return;
            }
        }
        List<byte[]> blocks = new ArrayList<>();
        long count = 0;
        boolean exhausted = false;
        try {
            while (count < limit) {
                byte[] block = new byte[MIB];
                block[MIB - 1] = 1; // touched, so a lazy platform cannot hand out nothing
                blocks.add(block);
                count++;
            }
        } catch (OutOfMemoryError e) {
            exhausted = true;
        }
        // Release everything before printing anything: the message needs memory too.
        blocks = null;
        if (exhausted) t.println("alloc: OutOfMemoryError after " + count + " MiB; freed it all");
        else t.println("alloc: allocated " + count + " MiB; freed it all");
    }

    /**
     * {@code crash checks}: fails a bounds check, a null check and a cast check, each caught in
     * this method, and a bounds check in a callee, caught here. The checks of the generated C record where they are only
     * when they fail (platform/metal/teavm-lazy-checks.h), and the handler is found from that
     * record, so this is what tests the patch in the image. {@code one} is 1, from the caller:
     * a constant would let TeaVM see the failures coming. No getMessage() on these exceptions:
     * TeaVM's runtime-thrown ones have none (python-native.md).
     */
    static String failedChecks(int one) {
        StringBuilder out = new StringBuilder("crash checks:");
        int[] a = new int[one];
        try {
            // a.length, not one: TeaVM names the checked index as a new value that stands for
            // the variable afterwards, and in the handler that value was never set
            // (platform-metal.md, "Pitfalls"): `one` read after this catch would be garbage
            a[a.length] = 1;
            out.append(" bounds not caught");
        } catch (ArrayIndexOutOfBoundsException e) {
            out.append(" bounds caught");
        }
        Object o = one > 1 ? out : null;
        try {
            out.append(o.hashCode());
        } catch (NullPointerException e) {
            out.append(", null caught");
        }
        Object n = one > 1 ? (Object) out : (Object) Integer.valueOf(one);
        try {
            out.append(((String) n).length());
        } catch (ClassCastException e) {
            out.append(", cast caught");
        }
        try {
            out.append(elementOf(a, one));
        } catch (ArrayIndexOutOfBoundsException e) {
            out.append(", bounds caught in the caller");
        }
        return out.toString();
    }

    private static int elementOf(int[] a, int i) {
        return a[i];
    }
}
