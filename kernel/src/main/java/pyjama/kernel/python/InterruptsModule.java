package pyjama.kernel.python;

import pyjama.python.runtime.Args;
import pyjama.python.runtime.Exc;
import pyjama.python.runtime.Fn;
import pyjama.python.runtime.Ops;
import pyjama.python.runtime.PyBool;
import pyjama.python.runtime.PyBuiltinFunction;
import pyjama.python.runtime.PyDict;
import pyjama.python.runtime.PyInt;
import pyjama.python.runtime.PyModule;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.Runtime;
import pyjama.python.runtime.T;

/**
 * {@code kernel.interrupts}: Python functions as IRQ handlers.
 * <pre>
 * from kernel.interrupts import interrupt
 *
 * &#64;interrupt(8)
 * def on_rtc(irq):          # runs from the kernel's event loop, never inside the interrupt
 *     ...                   # quiet the device; the line is unmasked when this returns
 * </pre>
 * The machinery (deferral, unmasking, logging of failures) is {@link PythonInterrupts}.
 */
final class InterruptsModule {
    private InterruptsModule() {}

    static PyModule create(Runtime rt, KernelPython.Machine m) {
        PythonInterrupts irqs = m.interrupts();
        PyModule mod = new PyModule("kernel.interrupts");
        mod.set("__doc__", new PyStr("IRQ handlers in Python: @interrupt(irq), register, unregister, handlers()."));
        mod.set("LINES", PyInt.of(PythonInterrupts.LINES));
        mod.def("interrupt", (a, kw) -> {
            PyObject[] p = Args.parse("interrupt", a, kw, 0, new String[] { "irq" }, 1);
            int irq = irqNumber(p[0]);
            return new PyBuiltinFunction("interrupt.<decorator>", Fn.of1("interrupt", fn -> {
                irqs.register(irq, callable(fn), rt);
                return fn;
            }));
        });
        mod.def("register", (a, kw) -> {
            PyObject[] p = Args.parse("register", a, kw, 0, new String[] { "irq", "handler" }, 2);
            irqs.register(irqNumber(p[0]), callable(p[1]), rt);
            return p[1];
        });
        mod.def("unregister", Fn.of1("unregister", o -> PyBool.of(irqs.unregister(irqNumber(o)))));
        mod.def("handlers", Fn.of0("handlers", () -> {
            PyDict d = new PyDict();
            for (int irq = 0; irq < PythonInterrupts.LINES; irq++) {
                PyObject f = irqs.function(irq);
                if (f != null) d.setItem(PyInt.of(irq), f);
            }
            return d;
        }));
        return mod;
    }

    private static int irqNumber(PyObject o) {
        if (!(o instanceof PyInt i) || o.type == T.BOOL) {
            throw Exc.type("IRQ must be an int, not " + o.type.name);
        }
        if (i.big != null || i.v < 0 || i.v >= PythonInterrupts.LINES) {
            throw Exc.value("IRQ must be in range(0, " + PythonInterrupts.LINES + "), not " + Ops.repr(o).value);
        }
        return (int) i.v;
    }

    private static PyObject callable(PyObject fn) {
        if (!Ops.isCallable(fn)) {
            throw Exc.type("an interrupt handler must be callable, not '" + fn.type.name + "'");
        }
        return fn;
    }
}
