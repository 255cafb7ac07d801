package pyjama.python.runtime;

/** mappingproxy: a read-only view of a type's dict. */
public final class PyMappingProxy extends PyObject {
    final PyObject mapping;
    public PyMappingProxy(PyObject m) { super(T.MAPPINGPROXY); mapping = m; }
    @Override public PyObject getitem(PyObject k) { return Ops.getitem(mapping, k); }
    @Override public int len() { return Ops.len(mapping); }
    @Override public boolean hasLen() { return true; }
    @Override public boolean contains(PyObject k) { return Ops.contains(mapping, k); }
    @Override public PyObject iter() { return Ops.iter(mapping); }
    @Override public PyObject repr() { return new PyStr("mappingproxy(" + Ops.repr(mapping).value + ")"); }
    @Override public PyObject richcompare(PyObject o, int op) { return Ops.compare(mapping, o instanceof PyMappingProxy p ? p.mapping : o, op); }
}
