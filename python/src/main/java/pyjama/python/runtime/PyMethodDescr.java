package pyjama.python.runtime;

/** A method of a builtin type ({@code method_descriptor}): fn receives self as args[0]. */
public final class PyMethodDescr extends PyObject {
    public final PyType owner;
    public final String name;
    public final Fn fn;

    public PyMethodDescr(PyType owner, String name, Fn fn) {
        super(T.METHOD_DESCRIPTOR);
        this.owner = owner;
        this.name = name;
        this.fn = fn;
    }

    @Override public boolean isDescr() { return true; }

    @Override public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) return this;
        return new PyBuiltinFunction(name, fn, obj, true);
    }

    void checkSelf(PyObject self) {
        if (!self.type.isSubtype(owner)) {
            throw Exc.type("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '" + self.type.name + "' object");
        }
    }

    @Override public PyObject call(PyObject[] args, PyStr[] kwnames) {
        if (args.length == 0 || (kwnames != null && args.length == kwnames.length)) {
            throw Exc.type("unbound method " + owner.name + "." + name + "() needs an argument");
        }
        checkSelf(args[0]);
        return fn.call(args, kwnames);
    }

    @Override public PyObject repr() {
        return new PyStr("<method '" + name + "' of '" + owner.name + "' objects>");
    }
}
