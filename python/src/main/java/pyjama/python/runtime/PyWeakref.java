package pyjama.python.runtime;

/**
 * A weak reference, {@code weakref.ref} (the type {@code weakref.ReferenceType}): calling it
 * returns the referent, or None once the referent has died. The referent is held by a
 * {@link Collector.Target} (a Java WeakReference); {@link Collector} runs the callback at the
 * first safe point after the Java GC has cleared it. Python classes may subclass ref
 * (weakref.KeyedRef, WeakMethod): instances are PyWeakrefs with the subclass as type.
 * {@link PyWeakProxy} (weakref.proxy) shares the referent handling.
 */
class PyWeakref extends PyObject {
    /** Named "weakref.ReferenceType" in messages, __name__ "ReferenceType", as CPython's tp_name. */
    static final PyType TYPE = new PyType("weakref.ReferenceType", T.OBJECT);

    Collector.Target target;
    /** Called with this weakref when the referent dies; null when none (or already called). */
    PyObject callback;
    /** Made without a callback by the type itself: shared by every such request for the referent. */
    private boolean basic;
    private long hash;
    private boolean hashed;

    PyWeakref(PyType type) { super(type); }

    /** The referent, or null when it has died. */
    final PyObject referent() { return target.get(); }

    final boolean isBasic() { return basic; }

    /** The __weakref__ attribute of instances: the first weak reference to {@code o}, or None. */
    static PyObject firstTo(PyObject o) {
        java.util.ArrayList<PyWeakref> l = Interp.cur.rt.collector.weakrefsTo(o);
        return l.isEmpty() ? T.None : l.get(0);
    }

    /** The checks and sharing of ref.__new__ and proxy(): an existing shared weakref or a new one. */
    static PyWeakref make(PyType cls, PyObject ob, PyObject callback, boolean proxy) {
        if (!ob.type.weakrefable) throw Exc.type("cannot create weak reference to '" + ob.type.name + "' object");
        Collector c = Interp.cur.rt.collector;
        if (callback == T.None) callback = null;
        boolean shareable = callback == null && (proxy || cls == TYPE);
        if (shareable) {
            PyWeakref w = c.basic(ob, proxy);
            if (w != null) return w;
        }
        PyWeakref w = proxy ? new PyWeakProxy(Ops.isCallable(ob) ? PyWeakProxy.CALLABLE_TYPE : PyWeakProxy.TYPE) : new PyWeakref(cls);
        if (cls.heap) Runtime.initInstance(w, cls);
        w.callback = callback;
        w.basic = shareable;
        w.target = c.register(ob, w);
        return w;
    }

    @Override public PyObject call(PyObject[] args, PyStr[] kwnames) {
        if (type.heap) return super.call(args, kwnames);
        return callImpl(this, args, kwnames);
    }

    private static PyObject callImpl(PyObject self, PyObject[] args, PyStr[] kwnames) {
        Fn.noKw("weakref", kwnames);
        Fn.checkPositional("weakref", args.length, 0, 0);
        PyObject o = ((PyWeakref) self).referent();
        return o == null ? T.None : o;
    }

    @Override public long hash() {
        if (hashed) return hash;
        PyObject o = referent();
        if (o == null) throw Exc.type("weak object has gone away");
        hash = Ops.hash(o);
        hashed = true;
        return hash;
    }

    /** == and != compare the referents while both are alive, else identity; no ordering. */
    @Override public PyObject richcompare(PyObject other, int op) {
        if ((op != Ops.EQ && op != Ops.NE) || !(other instanceof PyWeakref w) || other instanceof PyWeakProxy) return T.NotImplemented;
        PyObject a = referent(), b = w.referent();
        if (a == null || b == null) {
            boolean same = this == other;
            return PyBool.of(op == Ops.EQ ? same : !same);
        }
        return Ops.compare(a, b, op);
    }

    @Override public PyObject repr() {
        String at = "<weakref at 0x" + Long.toHexString(Ops.id(this));
        PyObject o = referent();
        if (o == null) return new PyStr(at + "; dead>");
        // CPython looks __name__ up as a special method (on the type): functions and classes have one
        PyObject d = o.type.lookup(S.__name__);
        PyObject name = d == null ? null : Ops.descrGet(d, o, o.type);
        String to = "; to '" + o.type.name + "' at 0x" + Long.toHexString(Ops.id(o));
        if (name instanceof PyStr s) return new PyStr(at + to + " (" + s.value + ")>");
        return new PyStr(at + to + ">");
    }

    static {
        PyType t = TYPE;
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.qualname = "ReferenceType";
        t.setAttrRaw("__module__", new PyStr("weakref"));
        t.defNew((a, kw) -> {
            Fn.noKw("ref", kw);
            Fn.checkPositional("__new__", a.length - 1, 1, 2);
            return make((PyType) a[0], a[1], a.length > 2 ? a[2] : null, false);
        });
        t.def("__init__", (a, kw) -> {
            Fn.noKw("ref", kw);
            Fn.checkPositional("__init__", a.length - 1, 1, 2);
            return T.None;
        });
        t.def("__call__", (a, kw) -> callImpl(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        t.def0("__hash__", s -> PyInt.of(s.hash()));
        t.def0("__repr__", s -> s.repr());
        t.getset("__callback__", s -> {
            PyObject cb = ((PyWeakref) s).callback;
            return cb == null ? T.None : cb;
        }, null);
        t.setAttrRaw("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> UnionType.alias(a[0], a[1]))));
    }
}
