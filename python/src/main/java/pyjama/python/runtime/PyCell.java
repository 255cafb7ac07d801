package pyjama.python.runtime;

/** A closure cell; value null means empty. */
public final class PyCell extends PyObject {
    public PyObject value;
    public PyCell(PyObject v) { super(T.CELL); value = v; }
    @Override public PyObject repr() {
        if (value == null) return new PyStr("<cell at 0x" + Long.toHexString(Ops.id(this)) + ": empty>");
        return new PyStr("<cell at 0x" + Long.toHexString(Ops.id(this)) + ": " + value.type.name + " object at 0x" + Long.toHexString(Ops.id(value)) + ">");
    }
}
