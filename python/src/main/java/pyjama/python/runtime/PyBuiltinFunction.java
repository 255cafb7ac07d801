package pyjama.python.runtime;

/**
 * A function written in Java ({@code builtin_function_or_method}). Not a descriptor: stored in
 * a class it does not bind (as CPython's builtins). {@code self} is non-null for a builtin
 * method bound to an object (then args exclude self and the Fn sees self prepended).
 */
public final class PyBuiltinFunction extends PyObject {
    public final String name;
    public final Fn fn;
    /** The object it is bound to, or the module/type that owns it (for repr). */
    public final PyObject self;
    public final boolean bound;

    public PyBuiltinFunction(String name, Fn fn) { this(name, fn, null); }

    public PyBuiltinFunction(String name, Fn fn, PyObject owner) {
        super(T.BUILTIN_FUNCTION);
        this.name = name;
        this.fn = fn;
        this.self = owner;
        this.bound = false;
    }

    /** A builtin method bound to self: calls fn with self prepended. */
    PyBuiltinFunction(String name, Fn fn, PyObject self, boolean bound) {
        super(T.BUILTIN_FUNCTION);
        this.name = name;
        this.fn = fn;
        this.self = self;
        this.bound = bound;
    }

    @Override public PyObject call(PyObject[] args, PyStr[] kwnames) {
        if (!bound) return fn.call(args, kwnames);
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return fn.call(a, kwnames);
    }

    @Override public PyObject repr() {
        if (bound && !(self instanceof PyModule)) {
            if (self instanceof PyType t) return new PyStr("<built-in method " + name + " of type object at 0x" + Long.toHexString(Ops.id(t)) + ">");
            return new PyStr("<built-in method " + name + " of " + self.type.name + " object at 0x" + Long.toHexString(Ops.id(self)) + ">");
        }
        if (self instanceof PyType t) return new PyStr("<built-in method " + name + " of type object at 0x" + Long.toHexString(Ops.id(t)) + ">");
        return new PyStr("<built-in function " + name + ">");
    }

    /** Bound builtin methods are equal when bound to the same object (identity) with the same code, as CPython's. */
    @Override public PyObject richcompare(PyObject other, int op) {
        if ((op != Ops.EQ && op != Ops.NE) || !(other instanceof PyBuiltinFunction o)) return T.NotImplemented;
        boolean eq = this == o || (bound && o.bound && self == o.self && fn == o.fn);
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    @Override public long hash() {
        if (!bound) return Ops.identityHash(this);
        return Ops.identityHash(self) ^ System.identityHashCode(fn);
    }
}
