package pyjama.python.runtime;

/** The awaitable of anext(it, default): StopAsyncIteration from the iterator becomes the default. */
final class AnextDefault extends PyIterators.Base {
    static final PyType TYPE = new PyType("anext_awaitable", T.OBJECT);
    static {
        TYPE.type = T.TYPE;
        TYPE.dict.type = T.DICT;
        TYPE.def0("__await__", s -> s);
        TYPE.def0("__iter__", s -> s);
        TYPE.def0("__next__", s -> ((AnextDefault) s).step(T.None, null));
        TYPE.def1("send", (s, v) -> ((AnextDefault) s).step(v, null));
        TYPE.def("throw", (a, kw) -> ((AnextDefault) a[0]).step(T.None, Builtins.makeThrown(a)));
    }

    final PyObject inner;
    final PyObject dflt;

    AnextDefault(PyObject inner, PyObject dflt) {
        super(TYPE);
        this.inner = inner;
        this.dflt = dflt;
    }

    PyObject step(PyObject v, PyException exc) {
        try {
            if (exc != null) return Ops.call(Ops.getattr(inner, S.throw_), exc.exc);
            if (v == T.None) {
                PyObject r = Ops.next(inner);
                if (r == null) throw Exc.stopIteration(T.None);
                return r;
            }
            return Ops.invoke(inner, "send", v);
        } catch (PyException e) {
            if (e.matches(Exc.StopAsyncIteration)) throw Exc.stopIteration(dflt);
            throw e;
        }
    }

    /** StopIteration(value) carries the result to SEND. */
    @Override public PyObject next() { return step(T.None, null); }
}
