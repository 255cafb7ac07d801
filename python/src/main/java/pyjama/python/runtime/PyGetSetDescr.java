package pyjama.python.runtime;

/** A computed attribute of a builtin type ({@code getset_descriptor}); a data descriptor. */
public final class PyGetSetDescr extends PyObject {
    final PyType owner;
    final String name;
    final Fn.F1 getter;
    final Fn.F2 setter;

    PyGetSetDescr(PyType owner, String name, Fn.F1 getter, Fn.F2 setter) {
        super(T.GETSET_DESCRIPTOR);
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override public boolean isDescr() { return true; }
    @Override public boolean isDataDescr() { return true; }

    @Override public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) return this;
        return getter.call(obj);
    }

    @Override public void descrSet(PyObject obj, PyObject value) {
        if (setter == null) {
            if (obj instanceof PyType t) {
                throw Exc.type("cannot set '" + name + "' attribute of immutable type '" + t.name + "'");
            }
            throw Exc.attr("attribute '" + name + "' of '" + owner.name + "' objects is not writable");
        }
        setter.call(obj, value);
    }

    @Override public PyObject repr() {
        return new PyStr("<attribute '" + name + "' of '" + owner.name + "' objects>");
    }
}
