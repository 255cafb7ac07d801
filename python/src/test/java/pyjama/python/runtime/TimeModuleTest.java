package pyjama.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import pyjama.python.Interpreter;
import pyjama.python.PythonHost;

/**
 * The time module over a scripted host: which host clock each function reads, what sleep asks
 * of the host, and the CPU-time stand-in (monotonic time less sleeps). The calendar, formatting
 * and parsing are checked against CPython by tests/conformance/stdlib_time.
 */
class TimeModuleTest {
    /** Clocks that move only when told to; sleep advances the monotonic clock. */
    static final class ClockHost implements PythonHost {
        final StringBuilder out = new StringBuilder();
        final List<Long> sleeps = new ArrayList<>();
        long nanos = 5_000_000_000L;
        long wallMillis = 1_700_000_000_123L;
        boolean interruptSleep;

        @Override public void writeOut(String text) { out.append(text); }
        @Override public void writeErr(String text) { out.append(text); }
        @Override public String readLine(String prompt) { return null; }
        @Override public boolean interruptRequested() { return false; }
        @Override public long nanoTime() { return nanos; }
        @Override public long wallClockMillis() { return wallMillis; }
        @Override public boolean sleep(long ns) {
            sleeps.add(ns);
            if (interruptSleep) {
                nanos += ns / 2;
                return true;
            }
            nanos += ns;
            return false;
        }
    }

    private static String run(ClockHost host, String code) {
        Interpreter py = new Interpreter(host);
        host.out.setLength(0);
        py.exec(code, "<test>");
        return host.out.toString();
    }

    @Test
    void wallClockGivesTimeTimeNsAndTheDefaultMomentOfConversions() {
        ClockHost host = new ClockHost();
        // time() divides the nanoseconds by 1e9 as CPython's _PyTime_AsSecondsDouble does
        assertEquals("1700000000.1230001 1700000000123000000\n"
                + "(2023, 11, 14, 22, 13, 20) GMT Tue Nov 14 22:13:20 2023 2023-11-14 UTC\n",
                run(host, """
                        import time
                        print(time.time(), time.time_ns())
                        print(tuple(time.gmtime())[:6], time.gmtime().tm_zone, time.ctime(), time.strftime('%F %Z'))
                        """));
    }

    @Test
    void monotonicClocksReadTheHostsNanoTime() {
        ClockHost host = new ClockHost();
        host.nanos = 12_345_678_901L;
        assertEquals("12.345678901 12345678901 12.345678901 12345678901 12.345678901\n",
                run(host, """
                        import time
                        print(time.monotonic(), time.monotonic_ns(), time.perf_counter(), time.perf_counter_ns(),
                              time.clock_gettime(time.CLOCK_MONOTONIC))
                        """));
    }

    @Test
    void sleepAsksTheHostForNanosecondsRoundedUp() {
        ClockHost host = new ClockHost();
        run(host, """
                import time
                time.sleep(0.25)
                time.sleep(2)
                time.sleep(1e-10)
                time.sleep(0)
                """);
        assertEquals(List.of(250_000_000L, 2_000_000_000L, 1L, 0L), host.sleeps);
    }

    @Test
    void anInterruptedSleepRaisesKeyboardInterrupt() {
        ClockHost host = new ClockHost();
        host.interruptSleep = true;
        assertEquals("KeyboardInterrupt\n", run(host, """
                import time
                try:
                    time.sleep(10)
                except KeyboardInterrupt:
                    print('KeyboardInterrupt')
                """));
    }

    @Test
    void processTimeCountsRunningTimeButNotSleeps() {
        ClockHost host = new ClockHost();
        Interpreter py = new Interpreter(host);
        py.exec("import time\nt0 = time.process_time_ns()\nw0 = time.thread_time_ns()", "<test>");
        host.nanos += 3_000;      // running
        py.exec("time.sleep(5)", "<test>");
        host.nanos += 4_000;      // running again
        py.exec("print(time.process_time_ns() - t0, time.thread_time_ns() - w0, time.process_time() >= 0)", "<test>");
        assertEquals("7000 7000 True\n", host.out.toString());
    }

    @Test
    void clockInfoDescribesTheHostClocks() {
        assertEquals("""
                namespace(implementation='PythonHost.wallClockMillis()', monotonic=False, adjustable=True, resolution=0.001)
                namespace(implementation='PythonHost.nanoTime()', monotonic=True, adjustable=False, resolution=1e-09)
                namespace(implementation='PythonHost.nanoTime() less time.sleep()', monotonic=True, adjustable=False, resolution=1e-09)
                ValueError unknown clock
                """, run(new ClockHost(), """
                import time
                print(time.get_clock_info('time'))
                print(time.get_clock_info('perf_counter'))
                print(time.get_clock_info('process_time'))
                try:
                    time.get_clock_info('wall')
                except ValueError as e:
                    print('ValueError', e)
                """));
    }

    @Test
    void noClockCanBeSet() {
        assertEquals("PermissionError 1\nOSError 22\nOSError 22\n", run(new ClockHost(), """
                import time
                for args in [(time.CLOCK_REALTIME, 0.0), (time.CLOCK_MONOTONIC, 0), (99, 0)]:
                    try:
                        time.clock_settime(*args)
                    except OSError as e:
                        print(type(e).__name__, e.errno)
                """));
    }
}
