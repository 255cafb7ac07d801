package pyjama.python.runtime;

/** The iterator returned by coroutine.__await__(). */
final class CoroutineWrapper extends PyIterators.Base {
    final PyGenerator coro;
    CoroutineWrapper(PyGenerator c) { super(T.COROUTINE_WRAPPER); coro = c; }

    @Override public PyObject next() {
        PyObject v = coro.resume(T.None, null);
        if (v == null) throw Exc.stopIteration(coro.returnValue);
        return v;
    }

    static {
        T.COROUTINE_WRAPPER.def0("__iter__", s -> s);
        T.COROUTINE_WRAPPER.def0("__next__", PyObject::next);
        T.COROUTINE_WRAPPER.def1("send", (s, v) -> ((CoroutineWrapper) s).coro.send(v));
        T.COROUTINE_WRAPPER.def("throw", (a, kw) -> ((CoroutineWrapper) a[0]).coro.throwIn(Builtins.makeThrown(a)));
        T.COROUTINE_WRAPPER.def0("close", s -> { ((CoroutineWrapper) s).coro.close(); return T.None; });
    }
}
