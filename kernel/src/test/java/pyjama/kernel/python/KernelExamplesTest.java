package pyjama.kernel.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import pyjama.kernel.FakeHal;

/**
 * The /examples programs run on Pyjama's interpreter, from the VFS the kernel installed, with
 * the real kernel modules on a fake machine. Where CPython can run them too, the expected
 * output is the one kernel/src/test/examples/run_examples.py recorded from CPython.
 *
 * <p>Top-level await is not in the compiler yet (it is being added in parallel), so the
 * programs that end with {@code await main()} run here with that last line replaced by
 * {@code asyncio.run(main())}: the same coroutine on a fresh loop, as CPython would run it.
 * vfs_demo.py needs the kernel namespace's {@code vfs} and the {@code os} module, which do not
 * exist yet; run_examples.py checks it under CPython against a stand-in.
 */
@Timeout(60) // a wait that never advances the fake clock would spin, not fail
class KernelExamplesTest {
    private static final Path EXPECTED = Path.of("src/test/examples/expected");

    private final KernelPythonFixture k = new KernelPythonFixture();

    private static String expected(String name) throws IOException {
        String text = Files.readString(EXPECTED.resolve(name + ".out"), StandardCharsets.UTF_8);
        int log = text.indexOf("--- log\n");
        if (log < 0) return text;
        // The log part is checked against the kernel's ring separately.
        return text.substring(0, log) + text.substring(text.indexOf("--- status", log));
    }

    /** The installed program, with a final top-level {@code await main()} made runnable today. */
    private String program(String path) {
        String source = new String(k.vfs.readFile("/", path), StandardCharsets.UTF_8);
        String tail = "\nawait main()\n";
        if (!source.endsWith(tail)) return source;
        return source.substring(0, source.length() - tail.length()) + "\nimport asyncio\nasyncio.run(main())\n";
    }

    private KernelPythonFixture.Run run(String path, String... args) {
        return k.runScript(path, program(path), args);
    }

    @Test
    void primesMatchesCPython() throws IOException {
        assertEquals(expected("primes_30"), run("/examples/primes.py", "30").report());
        assertEquals(expected("primes_0"), run("/examples/primes.py", "0").report());
        assertEquals(expected("primes_bad"), run("/examples/primes.py", "x").report());
    }

    @Test
    void primesUpToAHundredThousand() {
        KernelPythonFixture.Run r = run("/examples/primes.py", "100000");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("9592 primes up to 100000\n     2      3      5"), r.out().substring(0, 60));
        assertTrue(r.out().endsWith(" 99991\n"), "the last prime below 100000");
    }

    @Test
    void helloKernelMatchesCPythonAndLogs() throws IOException {
        KernelPythonFixture.Run r = run("/examples/hello_kernel.py", "one", "two");
        assertEquals(expected("hello_kernel"), r.report());
        assertTrue(k.logLines().contains("INFO  hello: hello_kernel ran with 2 arguments"), k.logLines().toString());
    }

    @Test
    void asyncTasksMatchesCPythonOnTheKernelLoop() throws IOException {
        long start = k.hal.now;
        KernelPythonFixture.Run r = run("/examples/async_tasks.py");
        assertEquals(expected("async_tasks"), r.report());
        // The fake clock moves only when the CPU halts: the sleeps were halts, not spinning.
        assertTrue(k.hal.now - start >= 1_000_000_000L, "about 1 s of sleeps: " + (k.hal.now - start));
    }

    /**
     * The CMOS real-time clock as rtc.py sees it: an index port and a data port, BCD time,
     * register A's update-in-progress bit (set on every other read, so the driver has to wait),
     * register B's settings, register C's flags cleared by reading. While its update-ended
     * interrupt is enabled, it ticks once per halt of the CPU (the kernel halts for at most a
     * second), raising IRQ 8 if the last one was acknowledged.
     */
    static final class Cmos implements FakeHal.Ports {
        final int[] regs = new int[128];
        int index;
        int statusReads;
        final FakeHal hal;

        Cmos(FakeHal hal) {
            this.hal = hal;
            regs[0x00] = 0x58; regs[0x02] = 0x59; regs[0x04] = 0x23;     // 23:59:58
            regs[0x07] = 0x31; regs[0x08] = 0x12; regs[0x09] = 0x26;     // 31 December (20)26
            regs[0x32] = 0x20;
            regs[0x0B] = 0x02;                                           // 24-hour, BCD
        }

        @Override
        public int in(int port, int width) {
            if (port != 0x71) return 0xFF;
            if (index == 0x0A) return (statusReads++ % 2 == 0) ? 0xA6 : 0x26;  // UIP on, then off
            int value = regs[index];
            if (index == 0x0C) regs[0x0C] = 0;
            return value;
        }

        @Override
        public void out(int port, int width, int value) {
            if (port == 0x70) index = value & 0x7F;
            else if (port == 0x71) regs[index] = value & 0xFF;
        }

        void tick() {
            if ((regs[0x0B] & 0x10) == 0) return;
            int s = bcd(regs[0x00]) + 1, m = bcd(regs[0x02]), h = bcd(regs[0x04]);
            if (s == 60) { s = 0; m++; }
            if (m == 60) { m = 0; h++; }
            if (h == 24) { h = 0; regs[0x07] = 0x01; regs[0x08] = 0x01; regs[0x09] = 0x27; }
            regs[0x00] = toBcd(s); regs[0x02] = toBcd(m); regs[0x04] = toBcd(h);
            boolean acknowledged = (regs[0x0C] & 0x80) == 0;
            regs[0x0C] = 0x90;                                           // IRQF | UF
            if (acknowledged) hal.raise(8);
        }

        static int bcd(int v) { return (v >> 4) * 10 + (v & 0x0F); }
        static int toBcd(int v) { return (v / 10) << 4 | v % 10; }
    }

    @Test
    void rtcReadsTheClockCountsItsInterruptsAndRestoresIt() {
        Cmos cmos = new Cmos(k.hal);
        k.hal.ports = cmos;
        k.hal.onIdle = cmos::tick;
        KernelPythonFixture.Run r = run("/examples/rtc.py", "3");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                RTC time: 2026-12-31 23:59:58
                counting update interrupts (IRQ 8) for 3 s ...
                3 interrupts in 3 s
                between them: 1.000 s to 1.000 s
                RTC time: 2027-01-01 00:00:01
                """, r.out());
        assertEquals(0x02, cmos.regs[0x0B], "register B as it was");
        assertEquals(List.of(8), k.hal.enabledIrqs);
        assertTrue(k.hal.unmaskedIrqs.size() >= 2, "unmasked after each handled interrupt: " + k.hal.unmaskedIrqs);
        assertTrue(k.loop.handler(8) == null, "the handler was unregistered");
        assertTrue(k.logLines().contains("INFO  rtc: 3 update interrupts in 3 s"), k.logLines().toString());
    }

    @Test
    void rtcDecodesTwelveHourBinaryClocks() {
        Cmos cmos = new Cmos(k.hal);
        cmos.regs[0x0B] = 0x04;                       // binary, 12-hour
        cmos.regs[0x00] = 7; cmos.regs[0x02] = 30; cmos.regs[0x04] = 0x80 | 11;   // 11:30:07 PM
        cmos.regs[0x07] = 4; cmos.regs[0x08] = 7; cmos.regs[0x09] = 25; cmos.regs[0x32] = 20;
        k.hal.ports = cmos;
        k.hal.onIdle = cmos::tick;
        KernelPythonFixture.Run r = run("/examples/rtc.py", "1");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("RTC time: 2025-07-04 23:30:07\n"), r.out());
    }

    @Test
    void rtcOnAMachineWithoutPortsFailsWithTheHalsReason() {
        KernelPythonFixture.Run r = run("/examples/rtc.py");
        assertEquals(1, r.status());
        assertTrue(r.err().endsWith("NotImplementedError: fake: no ports\n"), r.err());
        assertEquals("usage: rtc.py [SECONDS]   (a whole number of seconds, at least 1)\n", run("/examples/rtc.py", "0").err());
    }
}
