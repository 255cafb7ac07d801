package pyjama.python.runtime;

/** A bound method: a function and the object it is bound to. */
public final class PyMethod extends PyObject {
    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        super(T.METHOD);
        this.func = func;
        this.self = self;
    }

    @Override public PyObject call(PyObject[] args, PyStr[] kwnames) {
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return func.call(a, kwnames);
    }

    @Override public PyObject lookupAttr(PyStr name) {
        PyObject v = Ops.genericGetAttr(this, name);
        if (v != null) return v;
        return Ops.getattrOrNull(func, name);
    }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (!(other instanceof PyMethod m) || (op != Ops.EQ && op != Ops.NE)) return T.NotImplemented;
        boolean eq = m.self == self && Ops.eq(m.func, func);
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    @Override public long hash() { return Ops.identityHash(self) ^ Ops.hash(func); }

    @Override public PyObject repr() {
        PyObject qn = Ops.getattrOrNull(func, S.__qualname__);
        String n = qn instanceof PyStr s ? s.value : "?";
        return new PyStr("<bound method " + n + " of " + Ops.repr(self).value + ">");
    }
}
