package pyjama.python.runtime;

/**
 * {@code weakref.proxy(obj)}: stands for its referent without keeping it alive. Attribute
 * access, operators, item access, iteration, str() and bool() go to the referent (CPython's
 * proxy slots: operands that are proxies are unwrapped, then the ordinary protocol runs);
 * once the referent has died each raises ReferenceError. A proxy is unhashable. The type is
 * {@code weakref.CallableProxyType} when the referent is callable, {@code weakref.ProxyType}
 * otherwise; neither may be subclassed.
 */
final class PyWeakProxy extends PyWeakref {
    static final PyType TYPE = new PyType("weakref.ProxyType", T.OBJECT);
    static final PyType CALLABLE_TYPE = new PyType("weakref.CallableProxyType", T.OBJECT);

    PyWeakProxy(PyType type) { super(type); }

    /** The referent; ReferenceError once it has died. */
    PyObject live() {
        PyObject o = referent();
        if (o == null) throw Exc.make(Exc.ReferenceError, "weakly-referenced object no longer exists");
        return o;
    }

    static PyObject unwrap(PyObject o) { return o instanceof PyWeakProxy p ? p.live() : o; }

    @Override public PyObject repr() {
        PyObject o = referent();
        PyObject shown = o == null ? T.None : o;
        return new PyStr("<weakproxy at 0x" + Long.toHexString(Ops.id(this)) + " to " + shown.type.name
                + " at 0x" + Long.toHexString(Ops.id(shown)) + ">");
    }

    @Override public PyObject str() { return Ops.str(live()); }
    @Override public long hash() { throw Exc.unhashable(this); }
    @Override public boolean isTrue() { return Ops.isTrue(live()); }
    @Override public PyObject richcompare(PyObject other, int op) { return Ops.compare(live(), unwrap(other), op); }

    @Override public PyObject binop(int op, PyObject other) { return Ops.binary(live(), unwrap(other), op); }
    @Override public PyObject rbinop(int op, PyObject other) { return Ops.binary(unwrap(other), live(), op); }
    @Override public PyObject ibinop(int op, PyObject other) { return Ops.inplace(live(), unwrap(other), op); }
    @Override public PyObject neg() { return Ops.neg(live()); }
    @Override public PyObject pos() { return Ops.pos(live()); }
    @Override public PyObject invert() { return Ops.invert(live()); }
    @Override public PyObject abs() { return Ops.abs(live()); }

    @Override public int len() { return Ops.len(live()); }
    @Override public boolean hasLen() { return true; }
    @Override public PyObject getitem(PyObject key) { return Ops.getitem(live(), key); }
    @Override public void setitem(PyObject key, PyObject value) { Ops.setitem(live(), key, value); }
    @Override public void delitem(PyObject key) { Ops.delitem(live(), key); }
    @Override public boolean contains(PyObject item) { return Ops.contains(live(), item); }
    @Override public PyObject iter() { return Ops.iter(live()); }

    @Override public PyObject next() {
        PyObject o = live();
        if (!Ops.isIterator(o)) throw Exc.type("Weakref proxy referenced a non-iterator '" + o.type.name + "' object");
        return Ops.next(o);
    }

    @Override public PyObject call(PyObject[] args, PyStr[] kwnames) {
        if (type != CALLABLE_TYPE) return Ops.callViaDunder(this, args, kwnames); // not callable
        return live().call(args, kwnames);
    }

    @Override public PyObject lookupAttr(PyStr name) { return Ops.getattr(live(), name); }
    @Override public void setattr(PyStr name, PyObject value) { Ops.setattr(live(), name, value); }
    @Override public void delattr(PyStr name) { Ops.setattr(live(), name, null); }

    static {
        for (PyType t : new PyType[] { TYPE, CALLABLE_TYPE }) {
            t.type = T.TYPE;
            t.dict.type = T.DICT;
            t.qualname = t.name.substring("weakref.".length());
            t.setAttrRaw("__module__", new PyStr("weakref"));
            t.finalType = true;
            // every attribute goes to the referent: keep the VM's method fast path away
            t.customGetattr = true;
            t.setAttrRaw("__hash__", T.None);
            t.def0("__bytes__", s -> Ops.call(T.BYTES, ((PyWeakProxy) s).live()));
            t.def0("__reversed__", s -> Ops.call(T.REVERSED, ((PyWeakProxy) s).live()));
            t.def0("__index__", s -> Ops.indexObject(((PyWeakProxy) s).live(), null));
            t.def0("__int__", s -> Ops.call(T.INT, ((PyWeakProxy) s).live()));
            t.def0("__float__", s -> Ops.call(T.FLOAT, ((PyWeakProxy) s).live()));
            t.def0("__iter__", s -> s.iter());
            t.def0("__next__", s -> {
                PyObject v = s.next();
                if (v == null) throw Exc.stopIteration();
                return v;
            });
        }
        CALLABLE_TYPE.def("__call__", (a, kw) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), kw));
    }
}
