package pyjama.kernel.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import pyjama.kernel.hal.Hal;
import pyjama.kernel.log.Log;

/**
 * The kernel's only scheduler: one thread of control that drains the IRQ ring, runs due timers,
 * runs the idle work (Python's green threads, {@link IdleWork}) and otherwise halts the CPU in
 * {@link Hal#idle}. There is no busy waiting anywhere: a caller that needs something (a console
 * byte, a deadline) calls {@link #waitForEvent} in its loop.
 *
 * <p>Handlers run to completion, one at a time; a handler that throws is logged and the loop
 * goes on, so a faulty driver cannot take the console down.
 */
public final class EventLoop {
    /** Longest halt without a timer due: a safety net in case a wake-up interrupt was missed. */
    public static final long MAX_IDLE_NANOS = 1_000_000_000L;

    private final Hal hal;
    private final Log log;
    private final Map<Integer, IrqHandler> handlers = new HashMap<>();
    private final Map<Integer, Long> unhandled = new HashMap<>();
    private final ArrayList<Timer> timers = new ArrayList<>(); // sorted by deadline
    private long dispatched;
    private long idles;
    private long idleNanos;

    private record Timer(long deadlineNanos, Runnable action) {}

    /**
     * Work that runs when the loop would otherwise halt: the green threads of Python (a slice of
     * one per wait), so that a background task gets the CPU the console does not use.
     */
    public interface IdleWork {
        /** Runs a little work (about one time slice); false when there was none to do. */
        boolean runSome();

        /** When work will be ready without an interrupt (a sleeping thread's deadline), or Long.MAX_VALUE. */
        long nextWake();
    }

    private IdleWork idleWork;
    private boolean inIdleWork;

    public void idleWork(IdleWork work) { this.idleWork = work; }

    public EventLoop(Hal hal, Log log) {
        this.hal = hal;
        this.log = log;
    }

    /** Routes {@code irq} to {@code handler} and enables it at the controller. */
    public void register(int irq, IrqHandler handler) {
        handlers.put(irq, handler);
        hal.irqEnable(irq);
    }

    /**
     * Removes the handler of {@code irq}; returns whether there was one. The line is not masked
     * at the controller (the HAL has no call for it): the next time it fires, the C handler masks
     * it and the loop, finding no handler, leaves it masked and warns once.
     */
    public boolean unregister(int irq) {
        return handlers.remove(irq) != null;
    }

    /** The handler registered for {@code irq}, or null. */
    public IrqHandler handler(int irq) {
        return handlers.get(irq);
    }

    /** Runs {@code action} from the loop once {@link Hal#nanoTime()} reaches {@code deadlineNanos}. */
    public void schedule(long deadlineNanos, Runnable action) {
        int at = timers.size();
        while (at > 0 && timers.get(at - 1).deadlineNanos() > deadlineNanos) at--;
        timers.add(at, new Timer(deadlineNanos, action));
    }

    /** Dispatches every pending IRQ and every due timer; returns how many ran. Never blocks. */
    public int poll() {
        int ran = 0;
        int irq;
        // Bounded so a device that keeps re-raising cannot starve the console.
        for (int budget = 1024; budget > 0 && (irq = hal.nextIrq()) >= 0; budget--) {
            dispatch(irq);
            ran++;
        }
        long now = hal.nanoTime();
        while (!timers.isEmpty() && timers.get(0).deadlineNanos() <= now) {
            Timer t = timers.remove(0);
            try {
                t.action().run();
            } catch (RuntimeException e) {
                log.error("event", "timer action failed: " + describe(e));
            }
            ran++;
        }
        dispatched += ran;
        return ran;
    }

    /**
     * Runs pending work; if there was none, halts until the next interrupt, the next timer, or
     * {@code deadlineNanos}, whichever is first. Callers loop around this while they wait.
     */
    public void waitForEvent(long deadlineNanos) {
        if (poll() > 0) return;
        IdleWork work = idleWork;
        if (work != null && !inIdleWork) {
            // Not re-entered: a thread that waits inside its slice runs the others itself.
            inIdleWork = true;
            try {
                if (work.runSome()) return;
            } catch (RuntimeException e) {
                log.error("event", "idle work failed: " + describe(e));
            } finally {
                inIdleWork = false;
            }
        }
        long now = hal.nanoTime();
        long until = Math.min(deadlineNanos, now + MAX_IDLE_NANOS);
        if (!timers.isEmpty()) until = Math.min(until, timers.get(0).deadlineNanos());
        if (work != null) until = Math.min(until, work.nextWake());
        if (until <= now) return;
        idles++;
        long before = hal.nanoTime();
        hal.idle(until);
        idleNanos += hal.nanoTime() - before;
    }

    /** Time spent halted in {@link Hal#idle} since boot. */
    public long idleNanos() { return idleNanos; }

    /** IRQs and timers dispatched since boot. */
    public long dispatched() { return dispatched; }

    /** Times the loop halted the CPU. */
    public long idles() { return idles; }

    public int handlerCount() { return handlers.size(); }

    private void dispatch(int irq) {
        IrqHandler h = handlers.get(irq);
        if (h == null) {
            // Warn once per line: a storm of an unexpected IRQ must not flood the log.
            Long seen = unhandled.get(irq);
            unhandled.put(irq, seen == null ? 1L : seen + 1);
            if (seen == null) log.warn("event", "IRQ " + irq + " has no handler; left masked");
            return;
        }
        try {
            h.handle(irq);
        } catch (RuntimeException e) {
            log.error("event", "IRQ " + irq + " handler failed: " + describe(e));
        }
    }

    private static String describe(RuntimeException e) {
        return pyjama.kernel.Throwables.describe(e);
    }
}
