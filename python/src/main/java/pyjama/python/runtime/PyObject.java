package pyjama.python.runtime;

/**
 * Every Python object. {@code type} is mutable only for {@code __class__} assignment and for
 * instances of Python subclasses of builtin types (a MyList is a {@link PyList} whose type is
 * MyList). {@code dict} is the instance {@code __dict__} (null when the object has none).
 *
 * <p>The virtual methods below are the Java implementations of the protocol for builtin
 * types; {@link Ops} calls them directly for builtin types and goes through the type's
 * dunder lookup for Python classes (so that overriding works), which lands back here when
 * the found dunder is the builtin one.
 */
public class PyObject {
    public PyType type;
    public PyDict dict;
    /** Storage for {@code __slots__} members (null if the class has none). */
    public PyObject[] slots;

    public PyObject(PyType type) { this.type = type; }

    public final PyType type() { return type; }

    // ---- protocol; defaults give CPython's TypeErrors -------------------------------------

    /** A method registered on this object's (builtin) type, other than object's own. */
    final PyMethodDescr own(PyStr name) {
        PyObject m = type.lookup(name);
        return m instanceof PyMethodDescr d && d.owner != T.OBJECT ? d : null;
    }

    final PyObject callOwn(PyMethodDescr d, PyObject... args) {
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = this;
        System.arraycopy(args, 0, a, 1, args.length);
        return d.fn.call(a, null);
    }

    public PyObject repr() {
        PyMethodDescr d = own(S.__repr__);
        if (d != null) return callOwn(d);
        return new PyStr(defaultRepr());
    }

    public final String defaultRepr() {
        String mod = type.moduleName();
        String n = mod == null || mod.equals("builtins") ? type.qualname : mod + "." + type.qualname;
        return "<" + n + " object at 0x" + Long.toHexString(Ops.id(this)).toLowerCase() + ">";
    }

    /** str(); for most builtins the same as repr. */
    public PyObject str() {
        PyMethodDescr d = own(S.__str__);
        if (d != null) return callOwn(d);
        return Ops.repr(this);
    }

    public long hash() {
        PyObject m = type.lookup(S.__hash__);
        if (m == T.None) throw Exc.unhashable(this);
        if (m instanceof PyMethodDescr d && d.owner != T.OBJECT) return ((PyInt) callOwn(d)).v;
        return Ops.identityHash(this);
    }

    /** A rich comparison; op is one of {@link Ops#LT}..{@link Ops#GE}. May return NotImplemented. */
    public PyObject richcompare(PyObject other, int op) {
        PyMethodDescr d = own(S.CMP[op]);
        if (d != null) return callOwn(d, other);
        if (op == Ops.EQ) return this == other ? T.TRUE : T.NotImplemented;
        if (op == Ops.NE) return this == other ? T.FALSE : T.NotImplemented;
        return T.NotImplemented;
    }

    public boolean isTrue() {
        PyMethodDescr d = own(S.__bool__);
        if (d != null) return callOwn(d) == T.TRUE;
        d = own(S.__len__);
        if (d != null) return ((PyInt) callOwn(d)).v != 0;
        return true;
    }

    /** Binary operator with this as the left operand; op is a {@link Ops} BIN_ code. */
    public PyObject binop(int op, PyObject other) { return T.NotImplemented; }

    /** Reflected binary operator: this is the right operand. */
    public PyObject rbinop(int op, PyObject other) { return T.NotImplemented; }

    /** In-place operator; NotImplemented falls back to binop. */
    public PyObject ibinop(int op, PyObject other) { return T.NotImplemented; }

    public PyObject neg() { throw Exc.type("bad operand type for unary -: '" + type.name + "'"); }
    public PyObject pos() { throw Exc.type("bad operand type for unary +: '" + type.name + "'"); }
    public PyObject invert() { throw Exc.type("bad operand type for unary ~: '" + type.name + "'"); }
    public PyObject abs() { throw Exc.type("bad operand type for abs(): '" + type.name + "'"); }

    public int len() {
        PyMethodDescr d = own(S.__len__);
        if (d != null) return (int) ((PyInt) callOwn(d)).v;
        throw Exc.type("object of type '" + type.name + "' has no len()"); }

    /** True if this builtin type implements len() (for bool() of containers). */
    public boolean hasLen() { return false; }

    public PyObject getitem(PyObject key) {
        PyMethodDescr d = own(S.__getitem__);
        if (d != null) return callOwn(d, key);
        throw Exc.type("'" + type.name + "' object is not subscriptable");
    }

    public void setitem(PyObject key, PyObject value) {
        PyMethodDescr d = own(S.__setitem__);
        if (d != null) { callOwn(d, key, value); return; }
        throw Exc.type("'" + type.name + "' object does not support item assignment");
    }

    public void delitem(PyObject key) {
        throw Exc.type("'" + type.name + "' object doesn't support item deletion");
    }

    public boolean contains(PyObject item) {
        PyMethodDescr d = own(S.__contains__);
        if (d != null) return Ops.isTrue(callOwn(d, item));
        return Ops.containsByIteration(this, item);
    }

    public PyObject iter() {
        PyMethodDescr d = own(S.__iter__);
        if (d != null) return callOwn(d);
        if (own(S.__getitem__) != null) return new PyIterators.SeqIterator(this);
        throw Exc.type("'" + type.name + "' object is not iterable");
    }

    /** Next item, or null when exhausted (no StopIteration for Java iterators). */
    public PyObject next() {
        PyMethodDescr d = own(S.__next__);
        if (d != null) {
            try {
                return callOwn(d);
            } catch (PyException e) {
                if (e.matches(Exc.StopIteration)) return null;
                throw e;
            }
        }
        throw Exc.type("'" + type.name + "' object is not an iterator");
    }

    public PyObject call(PyObject[] args, PyStr[] kwnames) {
        return Ops.callViaDunder(this, args, kwnames);
    }

    /** Attribute lookup (object.__getattribute__); returns null when missing (no exception). */
    public PyObject lookupAttr(PyStr name) {
        return Ops.genericGetAttr(this, name);
    }

    public void setattr(PyStr name, PyObject value) {
        Ops.genericSetAttr(this, name, value);
    }

    public void delattr(PyStr name) {
        Ops.genericSetAttr(this, name, null);
    }

    /** Descriptor __get__ for Java descriptors; default: not a descriptor. */
    public PyObject descrGet(PyObject obj, PyType type) { return this; }

    /** True for Java descriptors that implement __get__. */
    public boolean isDescr() { return false; }

    /** True for Java data descriptors (define __set__/__delete__). */
    public boolean isDataDescr() { return false; }

    public void descrSet(PyObject obj, PyObject value) {
        throw Exc.attr("__set__");
    }

    /** Iterates a builtin iterable directly into a Java consumer is done by Ops.iterate. */
    public String toString() {
        try { return Ops.repr(this).toString(); } catch (RuntimeException e) { return defaultRepr(); }
    }
}
