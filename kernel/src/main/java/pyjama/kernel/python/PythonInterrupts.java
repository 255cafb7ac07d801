package pyjama.kernel.python;

import java.util.ArrayDeque;
import pyjama.kernel.event.EventLoop;
import pyjama.kernel.event.IrqHandler;
import pyjama.kernel.hal.Hal;
import pyjama.kernel.log.Log;
import pyjama.python.runtime.Exc;
import pyjama.python.runtime.Interp;
import pyjama.python.runtime.Ops;
import pyjama.python.runtime.PyException;
import pyjama.python.runtime.PyInt;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.Runtime;
import pyjama.python.runtime.Traceback;

/**
 * Python functions as IRQ handlers of the kernel's {@link EventLoop}. The C interrupt handler
 * only records the IRQ; the loop later calls {@code function(irq)} from Java, in the interpreter
 * that registered it, so a Python handler never runs in interrupt context and may allocate,
 * print and log.
 *
 * <p>Invariants: one Python handler runs at a time (an IRQ that arrives while one runs, because
 * the handler itself waited on the loop, is deferred until it returns); the line is unmasked
 * ({@link Hal#irqUnmask}) only after the handler returned normally, on the assumption that it
 * has quieted its device. A handler that raises is logged with its traceback and its IRQ stays
 * masked until a handler is registered again, so a broken driver cannot storm the CPU. The
 * handlers belong to the machine: they outlive the program that registered them until
 * {@link #unregister}.
 */
final class PythonInterrupts {
    /** IRQ lines a Python handler may claim: the legacy PIC's 0..15. */
    static final int LINES = 16;
    /** Longest traceback copied into the log, in lines; the ring holds only 512. */
    static final int MAX_TRACEBACK_LINES = 40;

    private final Hal hal;
    private final Log log;
    private final EventLoop loop;
    private final ArrayDeque<Handler> deferred = new ArrayDeque<>();
    private boolean running;

    PythonInterrupts(Hal hal, Log log, EventLoop loop) {
        this.hal = hal;
        this.log = log;
        this.loop = loop;
    }

    /** A Python function and the interpreter it belongs to, as the loop's handler of one IRQ. */
    final class Handler implements IrqHandler {
        final int irq;
        final PyObject function;
        final Runtime runtime;

        Handler(int irq, PyObject function, Runtime runtime) {
            this.irq = irq;
            this.function = function;
            this.runtime = runtime;
        }

        @Override
        public void handle(int irq) { dispatch(this); }
    }

    /** Why the kernel keeps an IRQ line for itself, or null if Python may have it. */
    static String reservedFor(int irq) {
        switch (irq) {
            case 0: return "the timer";
            case 2: return "the cascade to the second PIC";
            case 4: return "the serial console (COM1)";
            default: return null;
        }
    }

    /** Makes {@code function} the handler of {@code irq} (replacing a Python one) and enables the line. */
    void register(int irq, PyObject function, Runtime runtime) {
        checkLine(irq);
        IrqHandler existing = loop.handler(irq);
        if (existing != null && !(existing instanceof Handler)) {
            throw Exc.value("IRQ " + irq + " is already handled by the kernel");
        }
        loop.register(irq, new Handler(irq, function, runtime));
        log.info("interrupts", "IRQ " + irq + " handled by Python function " + name(function));
    }

    /** Removes the Python handler of {@code irq}; false if it had none. */
    boolean unregister(int irq) {
        checkLine(irq);
        IrqHandler existing = loop.handler(irq);
        if (existing == null) return false;
        if (!(existing instanceof Handler)) throw Exc.value("IRQ " + irq + " is handled by the kernel, not by Python");
        loop.unregister(irq);
        log.info("interrupts", "IRQ " + irq + ": Python handler " + name(((Handler) existing).function) + " removed");
        return true;
    }

    /** The Python function handling {@code irq}, or null. */
    PyObject function(int irq) {
        return loop.handler(irq) instanceof Handler h ? h.function : null;
    }

    private static void checkLine(int irq) {
        if (irq < 0 || irq >= LINES) throw Exc.value("IRQ must be in range(0, " + LINES + "), not " + irq);
        String owner = reservedFor(irq);
        if (owner != null) throw Exc.value("IRQ " + irq + " belongs to the kernel (" + owner + ")");
    }

    private void dispatch(Handler h) {
        if (running) {
            deferred.add(h);
            return;
        }
        running = true;
        try {
            run(h);
            while (!deferred.isEmpty()) {
                Handler next = deferred.poll();
                // It may have been replaced or removed while it waited.
                if (loop.handler(next.irq) == next) run(next);
            }
        } finally {
            running = false;
        }
    }

    private void run(Handler h) {
        Interp previous = Interp.cur;
        h.runtime.activate();
        try {
            Ops.call(h.function, PyInt.of(h.irq));
            hal.irqUnmask(h.irq);
        } catch (PyException e) {
            report(h, e);
        } finally {
            Interp.cur = previous;
        }
    }

    private void report(Handler h, PyException e) {
        log.error("interrupts", "IRQ " + h.irq + " handler " + name(h.function) + " failed; IRQ " + h.irq
                + " stays masked until a handler is registered again");
        String text = Traceback.format(e.exc);
        int start = 0;
        int lines = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (lines == MAX_TRACEBACK_LINES) {
                log.error("interrupts", "  ... (traceback cut at " + MAX_TRACEBACK_LINES + " lines)");
                break;
            }
            log.error("interrupts", text.substring(start, end));
            lines++;
            start = end + 1;
        }
    }

    /** A function's qualified name for the log, e.g. {@code on_rtc}. */
    static String name(PyObject function) {
        PyObject q = Ops.getattrOrNull(function, PyStr.intern("__qualname__"));
        if (q instanceof PyStr s) return s.value + "()";
        return Ops.repr(function).value;
    }
}
