package pyjama.kernel.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyjama.kernel.FakeHal;
import pyjama.kernel.log.Log;

class EventLoopTest {
    private final FakeHal hal = new FakeHal();
    private final Log log = new Log(32, hal::nanoTime);
    private final EventLoop loop = new EventLoop(hal, log);
    private final List<String> happened = new ArrayList<>();

    @Test
    void registeringAHandlerEnablesItsIrq() {
        loop.register(11, irq -> { });
        assertEquals(List.of(11), hal.enabledIrqs);
    }

    @Test
    void pendingIrqsAreDispatchedToTheirHandlersInOrder() {
        loop.register(4, irq -> happened.add("serial " + irq));
        loop.register(11, irq -> happened.add("nic " + irq));
        hal.raise(11);
        hal.raise(4);
        hal.raise(11);
        assertEquals(3, loop.poll());
        assertEquals(List.of("nic 11", "serial 4", "nic 11"), happened);
        assertEquals(0, loop.poll());
    }

    @Test
    void anUnregisteredHandlerNoLongerRuns() {
        IrqHandler h = irq -> happened.add("irq " + irq);
        loop.register(10, h);
        assertEquals(h, loop.handler(10));
        assertTrue(loop.unregister(10));
        assertEquals(null, loop.handler(10));
        assertEquals(false, loop.unregister(10));
        hal.raise(10);
        loop.poll();
        assertEquals(List.of(), happened);
        assertEquals("IRQ 10 has no handler; left masked", log.entries().get(0).message());
    }

    @Test
    void anIrqWithoutHandlerIsWarnedAboutOnce() {
        hal.raise(9);
        hal.raise(9);
        loop.poll();
        assertEquals(1, log.entries().size());
        assertEquals("IRQ 9 has no handler; left masked", log.entries().get(0).message());
    }

    @Test
    void aFailingHandlerIsLoggedAndTheOthersStillRun() {
        loop.register(5, irq -> { throw new IllegalStateException("device on fire"); });
        loop.register(6, irq -> happened.add("ok"));
        hal.raise(5);
        hal.raise(6);
        loop.poll();
        assertEquals(List.of("ok"), happened);
        assertEquals("IRQ 5 handler failed: java.lang.IllegalStateException: device on fire",
                log.entries().get(0).message());
    }

    @Test
    void waitForEventWithWorkPendingDoesNotIdle() {
        loop.register(4, irq -> happened.add("irq"));
        hal.raise(4);
        loop.waitForEvent(hal.now + 5_000_000);
        assertEquals(List.of("irq"), happened);
        assertTrue(hal.idleDeadlines.isEmpty());
    }

    @Test
    void waitForEventIdlesUntilTheEarliestOfDeadlineAndTimer() {
        hal.idleWithoutInputAllowed = true;
        long start = hal.now;
        loop.schedule(start + 2_000, () -> happened.add("timer"));
        loop.waitForEvent(start + 10_000);
        assertEquals(List.of(start + 2_000), hal.idleDeadlines);
        loop.waitForEvent(start + 10_000); // the timer is due now: it runs, no idle
        assertEquals(List.of("timer"), happened);
        assertEquals(1, hal.idleDeadlines.size());
    }

    @Test
    void idlingIsBoundedEvenWithAFarDeadline() {
        hal.idleWithoutInputAllowed = true;
        long start = hal.now;
        loop.waitForEvent(Long.MAX_VALUE);
        assertEquals(List.of(start + EventLoop.MAX_IDLE_NANOS), hal.idleDeadlines);
    }

    @Test
    void aPastDeadlineDoesNotIdle() {
        loop.waitForEvent(hal.now - 1);
        assertTrue(hal.idleDeadlines.isEmpty());
    }

    @Test
    void timersRunInDeadlineOrderOnlyWhenDue() {
        long t = hal.now;
        loop.schedule(t + 300, () -> happened.add("c"));
        loop.schedule(t + 100, () -> happened.add("a"));
        loop.schedule(t + 200, () -> happened.add("b"));
        loop.poll();
        assertEquals(List.of(), happened);
        hal.now = t + 250;
        loop.poll();
        assertEquals(List.of("a", "b"), happened);
        hal.now = t + 300;
        loop.poll();
        assertEquals(List.of("a", "b", "c"), happened);
    }
}
