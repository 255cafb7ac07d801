package pyjama.kernel.python;

import pyjama.kernel.event.EventLoop;
import pyjama.kernel.hal.Hal;
import pyjama.python.runtime.Args;
import pyjama.python.runtime.Exc;
import pyjama.python.runtime.Fn;
import pyjama.python.runtime.Interp;
import pyjama.python.runtime.Wait;
import pyjama.python.runtime.Ops;
import pyjama.python.runtime.PyBool;
import pyjama.python.runtime.PyDict;
import pyjama.python.runtime.PyFloat;
import pyjama.python.runtime.PyInt;
import pyjama.python.runtime.PyList;
import pyjama.python.runtime.PyModule;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.PyType;
import pyjama.python.runtime.Runtime;
import pyjama.python.runtime.S;
import pyjama.python.runtime.T;

/**
 * {@code _kernel_loop}: the asyncio backend of Pyjama (the protocol is in docs/asyncio.md).
 * {@code asyncio.backend} imports it when it exists and gives every new event loop
 * {@code _kernel_loop.backend()}. Its {@code wait(timeout)} runs the kernel's {@link EventLoop}
 * until the timeout, an IRQ or timer handler ran, or a watched source became ready, halting
 * the CPU in between ({@link Hal#idle}): so {@code await asyncio.sleep(5)} costs an idle CPU, and
 * Python IRQ handlers ({@code kernel.interrupts}) run while a program awaits.
 *
 * <p>Sources are as for asyncio's DefaultBackend: objects with a {@code ready()} method. Ctrl-C
 * during a wait raises KeyboardInterrupt in the waiting program, as in CPython's
 * {@code select()}.
 */
final class KernelLoopModule {
    private KernelLoopModule() {}

    /** asyncio's upper bound for one wait (MAXIMUM_WAIT there). */
    static final double MAXIMUM_WAIT = 24 * 3600;

    static PyModule create(Runtime rt, KernelPython.Machine m) {
        PyModule mod = new PyModule("_kernel_loop");
        mod.set("__doc__", new PyStr("The kernel's asyncio backend: waits halt the CPU in the kernel event loop."));
        mod.set("KernelBackend", Backend.TYPE);
        mod.def("backend", Fn.of0("backend", () -> new Backend(rt, m)));
        return mod;
    }

    /** One backend per asyncio event loop. */
    static final class Backend extends PyObject {
        /** wait(timeout); one object, as the VM knows a blocking builtin by identity (Interp.block). */
        static final Fn WAIT = new Fn() {
            @Override public PyObject call(PyObject[] a, PyStr[] kw) {
                Fn.noKw("KernelBackend.wait", kw);
                if (a.length != 2) throw Exc.type("KernelBackend.wait() takes exactly one argument (" + (a.length - 1) + " given)");
                if (!(a[0] instanceof Backend b)) throw Exc.type("KernelBackend.wait() needs a KernelBackend");
                return b.waitFor(this, a[1]);
            }
        };

        static final PyType TYPE = new PyType("KernelBackend", T.OBJECT);
        static {
            TYPE.type = T.TYPE;
            TYPE.dict.type = T.DICT;
            TYPE.dict.setItem(S.__module__, new PyStr("_kernel_loop"));
            TYPE.finalType = true;
            TYPE.setAttrRaw("resolution", new PyFloat(1e-9));
            TYPE.def0("time", self -> new PyFloat(((Backend) self).machine.hal().nanoTime() / 1e9));
            TYPE.def("wait", WAIT);
            TYPE.def0("wake", self -> {
                ((Backend) self).woken = true;
                return T.None;
            });
            TYPE.def("add_reader", (a, kw) -> ((Backend) a[0]).add(((Backend) a[0]).readers, "add_reader", a, kw));
            TYPE.def("add_writer", (a, kw) -> ((Backend) a[0]).add(((Backend) a[0]).writers, "add_writer", a, kw));
            TYPE.def1("remove_reader", (self, source) -> PyBool.of(((Backend) self).readers.delItemIfPresent(source) != null));
            TYPE.def1("remove_writer", (self, source) -> PyBool.of(((Backend) self).writers.delItemIfPresent(source) != null));
            TYPE.def0("close", self -> {
                ((Backend) self).readers = new PyDict();
                ((Backend) self).writers = new PyDict();
                return T.None;
            });
        }

        private final Runtime runtime;
        private final KernelPython.Machine machine;
        private PyDict readers = new PyDict(); // source -> token
        private PyDict writers = new PyDict();
        private boolean woken;

        Backend(Runtime runtime, KernelPython.Machine machine) {
            super(TYPE);
            this.runtime = runtime;
            this.machine = machine;
        }

        private PyObject add(PyDict into, String fn, PyObject[] a, PyStr[] kw) {
            PyObject[] p = Args.parse(fn, a, kw, 1, new String[] { "source", "token" }, 2);
            PyObject ready = Ops.getattrOrNull(p[0], PyStr.intern("ready"));
            if (ready == null || !Ops.isCallable(ready)) {
                throw Exc.type("KernelBackend sources need a ready() method, got " + Ops.repr(p[0]).value);
            }
            into.setItem(p[0], p[1]);
            return T.None;
        }

        /**
         * The backend's wait(timeout): None waits for the next event however long, 0 only
         * dispatches what is pending. Returns the tokens of the ready sources.
         */
        private PyObject waitFor(Fn self, PyObject timeoutArg) {
            EventLoop loop = machine.loop();
            Hal hal = machine.hal();
            PyList tokens = readyTokens();
            boolean justPoll = tokens.size > 0 || woken;
            long deadline = Long.MAX_VALUE;
            if (timeoutArg != T.None) {
                double t = seconds(timeoutArg);
                if (t <= 0) justPoll = true;
                // Rounded up: a deadline a nanosecond short of the timer would return before
                // the timer is due, and the loop would ask again for ever shorter waits.
                else deadline = hal.nanoTime() + (long) Math.ceil(Math.min(t, MAXIMUM_WAIT) * 1e9);
            }
            woken = false;
            if (justPoll) {
                // Interrupts still get their handlers while the asyncio loop is busy.
                if (loop.poll() > 0) tokens = readyTokens();
                return tokens;
            }
            long seen = loop.dispatched();
            if (Interp.cur.thread() != null && readers.size() + writers.size() == 0) {
                // An asyncio loop in a green thread (a background job awaiting): the thread is
                // suspended until an interrupt has been handled, a wake() or the deadline, and
                // the console and other tasks run meanwhile.
                long until = deadline;
                return Interp.cur.block(self, new Wait() {
                    @Override public PyObject poll(long now) {
                        if (!woken && loop.dispatched() == seen && now < until) return null;
                        woken = false;
                        return new PyList();
                    }
                    @Override public long deadline() { return until; }
                }, false);
            }
            while (true) {
                if (runtime.host.interruptRequested()) throw Exc.make(Exc.KeyboardInterrupt);
                loop.waitForEvent(deadline);
                // A handler that ran may have woken us, readied a source or scheduled a
                // callback: return, and let the asyncio loop look.
                if (woken || loop.dispatched() != seen || hal.nanoTime() >= deadline) break;
                if (readers.size() + writers.size() > 0) {
                    tokens = readyTokens();
                    if (tokens.size > 0) return tokens;
                }
            }
            woken = false;
            return readyTokens();
        }

        private PyList readyTokens() {
            PyList out = new PyList();
            collect(readers, out);
            collect(writers, out);
            return out;
        }

        private static void collect(PyDict sources, PyList out) {
            if (sources.size() == 0) return;
            for (PyObject source : sources.keysArray()) {
                if (Ops.isTrue(Ops.invoke(source, "ready"))) {
                    PyObject token = sources.getItem(source);
                    if (token != null) out.append(token);
                }
            }
        }

        private static double seconds(PyObject o) {
            if (o instanceof PyFloat f) return f.v;
            if (o instanceof PyInt i) return i.toDouble();
            throw Exc.type("timeout must be a number or None, not " + o.type.name);
        }

        @Override
        public PyObject repr() {
            return new PyStr("<_kernel_loop.KernelBackend readers=" + readers.size() + " writers=" + writers.size() + ">");
        }
    }
}
