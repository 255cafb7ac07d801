package pyjama.python.runtime;

/** staticmethod. */
public final class PyStaticMethod extends PyObject {
    public PyObject func;
    public PyStaticMethod(PyObject f) { super(T.STATICMETHOD); func = f; dict = new PyDict(); }
    PyStaticMethod(PyType t) { super(t); dict = new PyDict(); }
    @Override public boolean isDescr() { return true; }
    @Override public PyObject descrGet(PyObject obj, PyType type) { return func; }
    @Override public PyObject call(PyObject[] args, PyStr[] kwnames) { return func.call(args, kwnames); }
    @Override public PyObject repr() { return new PyStr("<staticmethod(" + Ops.repr(func).value + ")>"); }
}
