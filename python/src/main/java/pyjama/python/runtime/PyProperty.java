package pyjama.python.runtime;

/** property: a data descriptor calling fget/fset/fdel. */
public final class PyProperty extends PyObject {
    public PyObject fget, fset, fdel, doc;
    PyStr name;

    public PyProperty(PyType t) { super(t); }

    @Override public boolean isDescr() { return true; }
    @Override public boolean isDataDescr() { return true; }

    String nameForError() { return name != null ? "'" + name.value + "'" : ""; }

    @Override public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) return this;
        if (fget == null || fget == T.None) {
            throw Exc.attr("property " + nameForError() + (name != null ? " of " : "") + (name != null ? "'" + obj.type.name + "' object " : "") + "has no getter");
        }
        return Ops.call(fget, obj);
    }

    @Override public void descrSet(PyObject obj, PyObject value) {
        if (value == null) {
            if (fdel == null || fdel == T.None) {
                throw Exc.attr("property " + nameForError() + (name != null ? " of '" + obj.type.name + "' object " : "") + "has no deleter");
            }
            Ops.call(fdel, obj);
            return;
        }
        if (fset == null || fset == T.None) {
            throw Exc.attr("property " + nameForError() + (name != null ? " of '" + obj.type.name + "' object " : "") + "has no setter");
        }
        Ops.call(fset, obj, value);
    }
}
