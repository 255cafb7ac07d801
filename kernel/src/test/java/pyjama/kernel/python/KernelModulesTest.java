package pyjama.kernel.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import pyjama.kernel.log.Level;
import pyjama.kernel.log.LogEntry;
import pyjama.python.Interpreter;
import pyjama.python.runtime.Interp;

/** The kernel, kernel.log, kernel.memory and kernel.interrupts modules on a fake machine. */
@Timeout(60) // a wait that never advances the fake clock would spin, not fail
class KernelModulesTest {
    private final KernelPythonFixture k = new KernelPythonFixture();

    /** Prints "Type: message" for what f raises, in CPython's words. */
    static final String ERR = """
            def err(f):
                try:
                    f()
                except BaseException as e:
                    print(type(e).__name__ + ':', e)
                else:
                    print('no error')
            """;

    private LogEntry lastLog() {
        List<LogEntry> entries = k.log.entries();
        return entries.get(entries.size() - 1);
    }

    @Test
    void kernelLogWritesIntoTheRingWithLevelAndName() {
        k.exec("import kernel.log as log\nlog.info('hello from Python')");
        assertEquals("[pyjama] INFO  py: hello from Python", lastLog().format());
        k.exec("import kernel\nkernel.log.warn('disk is slow', name='rtc')");
        assertEquals("[pyjama] WARN  rtc: disk is slow", lastLog().format());
        k.exec("from kernel import log\nlog.error(42)\n");
        assertEquals("[pyjama] ERROR py: 42", lastLog().format());
        k.exec("import kernel.log\nkernel.log.log('debug', 'quiet')");
        assertEquals(Level.DEBUG, lastLog().level());
        k.exec("import kernel.log as log\nlog.log(log.WARNING, 'by number', 'net')");
        assertEquals("[pyjama] WARN  net: by number", lastLog().format());
        k.exec("import kernel.log as log\nlog.log(50, 'critical is an error')");
        assertEquals(Level.ERROR, lastLog().level());
    }

    @Test
    void kernelLogLinesShowTheRingAsDmesgDoes() {
        String out = k.exec("import kernel.log as log\nlog.info('marker')\nprint(log.lines()[-1])");
        assertTrue(out.matches("\\[ +\\d+\\.\\d{6}\\] \\[pyjama\\] INFO  py: marker\n"), out);
    }

    @Test
    void kernelLogRejectsBadLevelsAndNames() {
        String out = k.exec(ERR + """
                import kernel.log as log
                err(lambda: log.log('loud', 'x'))
                err(lambda: log.log(1.5, 'x'))
                err(lambda: log.info('x', name=5))
                err(lambda: log.info('x', name=''))
                err(lambda: log.info())
                """);
        assertEquals("""
                ValueError: unknown log level: 'loud'
                TypeError: log level must be an int or a str, not float
                TypeError: info() argument 'name' must be str, not int
                ValueError: info(): name must not be empty
                TypeError: info() missing required argument 'msg' (pos 1)
                """, out);
    }

    @Test
    void kernelIsAPackageWhoseSubmodulesAreInSysModules() {
        String out = k.exec("""
                import sys, kernel
                import kernel.log as log
                from kernel import memory, interrupts
                print(log is kernel.log, sys.modules['kernel.memory'] is memory, interrupts.__name__)
                print(kernel.__name__, kernel.__path__, kernel.version, kernel.arch, kernel.machine)
                print(type(kernel.uptime()).__name__, kernel.uptime() == 0.001)
                """);
        assertEquals("True True kernel.interrupts\nkernel [] 0.1.0 fake unit-test machine\nfloat True\n", out);
    }

    @Test
    void rebootAndPoweroffReachTheHal() {
        k.exec("import kernel\nkernel.reboot()\nkernel.poweroff()");
        assertEquals(List.of("reboot", "poweroff"), k.hal.powerEvents);
        assertTrue(k.logLines().contains("INFO  kernel: reboot requested from Python"), k.logLines().toString());
    }

    @Test
    void memoryStatsAreALiveReadingOfTheHal() {
        String out = k.exec("""
                import kernel.memory
                s = kernel.memory.stats()
                print(s)
                print(s.heap_used, s.phys_free)
                """);
        assertEquals("kernel.memory.MemoryStats(phys_total=536870912, phys_free=503316480, heap_max=134217728, "
                + "heap_committed=16777216, heap_used=3145728)\n3145728 503316480\n", out);
        k.hal.stats = new pyjama.kernel.hal.MemoryStats(1, 2, 3, 4, 5);
        assertEquals("5 kernel.memory.MemoryStats\n",
                k.exec("import kernel.memory as m\ns = m.stats()\nprint(s.heap_used, type(s).__module__ + '.' + type(s).__name__)"));
    }

    @Test
    void anInterruptHandlerRunsFromTheEventLoopAndTheLineIsUnmaskedAfterwards() {
        Interpreter in = k.interpreter(new KernelPythonFixture.Host(k.hal));
        in.exec("""
                from kernel.interrupts import interrupt
                seen = []

                @interrupt(5)
                def on_five(irq):
                    seen.append(irq)
                """, "<test>");
        assertEquals(List.of(5), k.hal.enabledIrqs);
        assertTrue(k.logLines().contains("INFO  interrupts: IRQ 5 handled by Python function on_five()"), k.logLines().toString());
        assertEquals("[]", in.eval("seen").toString());
        k.hal.raise(5);
        k.hal.raise(5);
        assertEquals(2, k.loop.poll());
        assertEquals("[5, 5]", pyjama.python.runtime.Ops.repr(in.eval("seen")).value);
        assertEquals(List.of(5, 5), k.hal.unmaskedIrqs);
        // The decorator gives the function back: it can still be called directly.
        in.exec("on_five(7)", "<test>");
        assertEquals("[5, 5, 7]", pyjama.python.runtime.Ops.repr(in.eval("seen")).value);
    }

    @Test
    void aFailingHandlerIsLoggedWithItsTracebackAndTheLoopGoesOn() {
        Interpreter in = k.interpreter(new KernelPythonFixture.Host(k.hal));
        in.exec("""
                import kernel.interrupts as irqs
                calls = []

                def broken(irq):
                    calls.append(irq)
                    return 1 / 0

                irqs.register(5, broken)
                irqs.register(6, calls.append)
                """, "<test>");
        k.hal.raise(5);
        k.hal.raise(6);
        k.loop.poll();
        assertEquals("[5, 6]", pyjama.python.runtime.Ops.repr(in.eval("calls")).value);
        List<String> lines = k.logLines();
        int at = lines.indexOf("ERROR interrupts: IRQ 5 handler broken() failed; IRQ 5 stays masked until a handler is registered again");
        assertTrue(at >= 0, lines.toString());
        assertEquals("ERROR interrupts: Traceback (most recent call last):", lines.get(at + 1));
        assertTrue(lines.get(at + 2).startsWith("ERROR interrupts:   File \"<test>\", line 6, in broken"), lines.get(at + 2));
        assertTrue(lines.contains("ERROR interrupts: ZeroDivisionError: division by zero"), lines.toString());
        // IRQ 5 stays masked (its device was not quieted); IRQ 6 was handled and unmasked.
        assertEquals(List.of(6), k.hal.unmaskedIrqs);
    }

    @Test
    void handlersCanBeListedReplacedAndUnregistered() {
        String out = k.exec(ERR + """
                import kernel.interrupts as irqs
                def a(irq): pass
                def b(irq): pass
                irqs.register(9, a)
                irqs.register(9, b)
                print(irqs.handlers())
                print(irqs.unregister(9), irqs.unregister(9), irqs.handlers())
                err(lambda: irqs.register(4, a))
                err(lambda: irqs.register(0, a))
                err(lambda: irqs.register(16, a))
                err(lambda: irqs.register(-1, a))
                err(lambda: irqs.register('8', a))
                err(lambda: irqs.register(8, 'not callable'))
                err(lambda: irqs.interrupt(8)(None))
                """);
        assertTrue(out.matches("""
                \\{9: <function b at 0x[0-9a-f]+>\\}
                True False \\{\\}
                ValueError: IRQ 4 belongs to the kernel \\(the serial console \\(COM1\\)\\)
                ValueError: IRQ 0 belongs to the kernel \\(the timer\\)
                ValueError: IRQ must be in range\\(0, 16\\), not 16
                ValueError: IRQ must be in range\\(0, 16\\), not -1
                TypeError: IRQ must be an int, not str
                TypeError: an interrupt handler must be callable, not 'str'
                TypeError: an interrupt handler must be callable, not 'NoneType'
                """), out);
        // An IRQ that fires after its handler was removed is left masked by the loop.
        k.hal.raise(9);
        k.loop.poll();
        assertTrue(k.logLines().contains("WARN  event: IRQ 9 has no handler; left masked"), k.logLines().toString());
    }

    @Test
    void aJavaHandlerOfTheKernelCannotBeTakenOver() {
        k.loop.register(11, irq -> { });
        String out = k.exec(ERR + """
                import kernel.interrupts as irqs
                err(lambda: irqs.register(11, print))
                err(lambda: irqs.unregister(11))
                """);
        assertEquals("ValueError: IRQ 11 is already handled by the kernel\n"
                + "ValueError: IRQ 11 is handled by the kernel, not by Python\n", out);
    }

    @Test
    void aHandlerRunsInTheInterpreterThatRegisteredIt() {
        KernelPythonFixture.Host firstHost = new KernelPythonFixture.Host(k.hal);
        Interpreter first = k.interpreter(firstHost);
        first.exec("""
                import kernel.interrupts as irqs
                where = 'first'
                def show(irq):
                    print('IRQ', irq, 'in the', where, 'interpreter')
                irqs.register(3, show)
                """, "<first>");
        Interpreter second = k.interpreter(new KernelPythonFixture.Host(k.hal));
        second.exec("where = 'second'", "<second>");
        Interp current = Interp.cur;
        k.hal.raise(3);
        k.loop.poll();
        assertEquals("IRQ 3 in the first interpreter\n", firstHost.out.toString());
        assertSame(current, Interp.cur, "the running interpreter is restored after the handler");
    }

    @Test
    void anIrqArrivingWhileAPythonHandlerRunsWaitsForItToReturn() {
        KernelPythonFixture.Host host = new KernelPythonFixture.Host(k.hal);
        Interpreter in = k.interpreter(host);
        in.exec("""
                import kernel.interrupts as irqs
                import asyncio
                order = []
                def slow(irq):
                    order.append('slow starts')
                    # Waiting on the kernel loop from a handler (here through the asyncio
                    # backend) dispatches the IRQ below, which must not run inside this one.
                    import _kernel_loop
                    _kernel_loop.backend().wait(0)
                    order.append('slow ends')
                def quick(irq):
                    order.append('quick')
                irqs.register(3, slow)
                irqs.register(5, quick)
                """, "<test>");
        // IRQ 5 is pending behind IRQ 3: the poll inside slow() finds it.
        k.hal.raise(3);
        k.hal.raise(5);
        k.loop.poll();
        assertEquals("['slow starts', 'slow ends', 'quick']", pyjama.python.runtime.Ops.repr(in.eval("order")).value);
    }

    @Test
    void asyncioSleepHaltsInTheKernelLoopAndRunsHandlersMeanwhile() {
        KernelPythonFixture.Host host = new KernelPythonFixture.Host(k.hal);
        Interpreter in = k.interpreter(host);
        long start = k.hal.now;
        // A device that interrupts on IRQ 7 whenever the CPU halts, three times.
        int[] left = { 3 };
        k.hal.onIdle = () -> {
            if (left[0] > 0) {
                left[0]--;
                k.hal.raise(7);
            }
        };
        in.exec("""
                import asyncio
                from kernel.interrupts import interrupt
                import asyncio.backend
                ticks = []

                @interrupt(7)
                def tick(irq):
                    ticks.append(irq)

                loop_backend = None
                async def main():
                    global loop_backend
                    loop_backend = type(asyncio.get_running_loop()._backend).__name__
                    await asyncio.sleep(2.5)
                asyncio.run(main())
                """, "<test>");
        assertEquals("[7, 7, 7]", pyjama.python.runtime.Ops.repr(in.eval("ticks")).value);
        assertTrue(k.hal.now - start >= 2_500_000_000L, "time moved by the sleep: " + (k.hal.now - start));
        assertFalse(k.hal.idleDeadlines.isEmpty(), "the sleep halted the CPU");
        assertEquals("'KernelBackend'", pyjama.python.runtime.Ops.repr(in.eval("loop_backend")).value);
    }

    @Test
    void ctrlCDuringAnAsyncioWaitInterruptsTheProgram() {
        long start = k.hal.now;
        k.hal.onIdle = () -> k.hal.breakFlag = true;   // the user presses Ctrl-C while the CPU halts
        String out = k.exec("""
                import asyncio
                try:
                    asyncio.run(asyncio.sleep(600))
                except KeyboardInterrupt:
                    print('interrupted')
                """);
        assertEquals("interrupted\n", out);
        assertTrue(k.hal.now - start < 5_000_000_000L, "not the whole sleep: " + (k.hal.now - start));
    }
}
