package pyjama.python.runtime;

/** classmethod. */
public final class PyClassMethod extends PyObject {
    public PyObject func;
    public PyClassMethod(PyObject f) { super(T.CLASSMETHOD); func = f; dict = new PyDict(); }
    PyClassMethod(PyType t) { super(t); dict = new PyDict(); }
    @Override public boolean isDescr() { return true; }
    @Override public PyObject descrGet(PyObject obj, PyType type) {
        if (type == null) type = obj.type;
        // A builtin's classmethod (dict.fromkeys, int.from_bytes) binds as a builtin method of
        // the class, as in CPython: its repr, __self__ and __text_signature__ follow.
        if (func instanceof PyBuiltinFunction b && !b.bound && b.self == null) return new PyBuiltinFunction(b.name, b.fn, type, true);
        return new PyMethod(func, type);
    }
    @Override public PyObject repr() { return new PyStr("<classmethod(" + Ops.repr(func).value + ")>"); }
}
