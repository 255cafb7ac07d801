package pyjama.python.runtime;

/** A __slots__ member (member_descriptor): a data descriptor over PyObject.slots[index]. */
public final class PyMemberDescr extends PyObject {
    final PyType owner;
    final String name;
    final int index;

    PyMemberDescr(PyType owner, String name, int index) {
        super(T.MEMBER_DESCRIPTOR);
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override public boolean isDescr() { return true; }
    @Override public boolean isDataDescr() { return true; }

    @Override public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) return this;
        if (!obj.type.isSubtype(owner)) throw doesNotApply(obj);
        PyObject v = obj.slots == null || index >= obj.slots.length ? null : obj.slots[index];
        if (v == null) throw Exc.attrError("'" + obj.type.name + "' object has no attribute '" + name + "'", obj, PyStr.intern(name));
        return v;
    }

    @Override public void descrSet(PyObject obj, PyObject value) {
        if (!obj.type.isSubtype(owner) || obj.slots == null || index >= obj.slots.length) throw doesNotApply(obj);
        if (value == null && obj.slots[index] == null) throw Exc.attr(name); // CPython's message is the bare name
        obj.slots[index] = value;
    }

    private PyException doesNotApply(PyObject obj) {
        return Exc.type("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '" + obj.type.name + "' object");
    }

    @Override public PyObject repr() { return new PyStr("<member '" + name + "' of '" + owner.name + "' objects>"); }
}
