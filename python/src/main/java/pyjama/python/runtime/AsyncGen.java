package pyjama.python.runtime;

/**
 * Async generators: __anext__/asend/athrow return awaitables that drive the generator frame.
 * A real {@code yield} (YIELD_VALUE 1) completes the awaitable with StopIteration(value);
 * values from awaits inside (YIELD_VALUE 2) pass through to the event loop.
 */
final class AsyncGen {
    private AsyncGen() {}

    static final PyType ASEND = new PyType("async_generator_asend", T.OBJECT);
    static {
        ASEND.type = T.TYPE;
        ASEND.dict.type = T.DICT;
    }

    static final class ASend extends PyIterators.Base {
        final PyGenerator gen;
        final PyObject value;
        final PyException thrown;
        final boolean close;
        boolean started, done;

        ASend(PyGenerator gen, PyObject value, PyException thrown, boolean close) {
            super(ASEND);
            this.gen = gen;
            this.value = value;
            this.thrown = thrown;
            this.close = close;
        }

        PyObject step(PyObject sent, PyException exc) {
            if (done) throw Exc.runtime("cannot reuse already awaited __anext__()/asend()");
            PyObject v;
            try {
                if (!started) {
                    started = true;
                    if (gen.finished) {
                        done = true;
                        if (close) throw Exc.stopIteration(T.None);
                        if (thrown != null) throw thrown;
                        throw Exc.make(Exc.StopAsyncIteration);
                    }
                    if (thrown != null) v = gen.resume(T.None, thrown);
                    else v = gen.resume(gen.started ? (sent == T.None ? value : sent) : T.None, null);
                } else {
                    v = exc != null ? gen.resume(T.None, exc) : gen.resume(sent, null);
                }
            } catch (PyException e) {
                done = true;
                if (close && (e.matches(Exc.GeneratorExit) || e.matches(Exc.StopAsyncIteration))) throw Exc.stopIteration(T.None);
                throw e;
            }
            if (v == null) {
                done = true;
                if (close) throw Exc.stopIteration(T.None);
                throw Exc.make(Exc.StopAsyncIteration);
            }
            if (gen.lastWasAsyncYield) {
                done = true;
                if (close) throw Exc.runtime("async generator ignored GeneratorExit");
                throw Exc.stopIteration(v);
            }
            return v;
        }

        /** Raises StopIteration(value) when the awaitable completes (SEND reads its value). */
        @Override public PyObject next() { return step(T.None, null); }
    }

    static void install() {
        PyType ag = T.ASYNC_GENERATOR;
        ag.def0("__aiter__", s -> s);
        ag.def0("__anext__", s -> new ASend((PyGenerator) s, T.None, null, false));
        ag.def1("asend", (s, v) -> new ASend((PyGenerator) s, v, null, false));
        ag.def("athrow", (a, kw) -> new ASend((PyGenerator) a[0], T.None, Builtins.makeThrown(a), false));
        ag.def0("aclose", s -> new ASend((PyGenerator) s, T.None, Exc.make(Exc.GeneratorExit), true));
        ASEND.def0("__await__", s -> s);
        ASEND.def0("__iter__", s -> s);
        ASEND.def0("__next__", s -> ((ASend) s).step(T.None, null));
        ASEND.def1("send", (s, v) -> ((ASend) s).step(v, null));
        ASEND.def("throw", (a, kw) -> ((ASend) a[0]).step(T.None, Builtins.makeThrown(a)));
        ASEND.def0("close", s -> { ((ASend) s).done = true; return T.None; });
    }
}
