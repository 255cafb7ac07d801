package pyjama.python.runtime;

/** tuple. items is never mutated after construction (except while building). */
public final class PyTuple extends PyObject {
    public final PyObject[] items;
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    public PyTuple(PyObject[] items) { super(T.TUPLE); this.items = items; }
    PyTuple(PyType t, PyObject[] items) { super(t); this.items = items; }

    public static PyTuple of(PyObject... items) { return items.length == 0 ? EMPTY : new PyTuple(items); }

    public int size() { return items.length; }
    public PyObject get(int i) { return items[i]; }

    @Override public int len() { return items.length; }
    @Override public boolean hasLen() { return true; }
    @Override public boolean isTrue() { return items.length != 0; }

    @Override public PyObject getitem(PyObject key) {
        if (key instanceof PyInt i && i.big == null) {
            long k = i.v;
            if (k < 0) k += items.length;
            if (k < 0 || k >= items.length) throw Exc.index("tuple index out of range");
            return items[(int) k];
        }
        if (key instanceof PySlice s) {
            long[] r = s.indices(items.length);
            int start = (int) r[0], step = (int) r[2], n = (int) r[3];
            if (step == 1 && n == items.length && type == T.TUPLE) return this;
            PyObject[] out = new PyObject[Math.max(n, 0)];
            for (int k = 0, j = start; k < n; k++, j += step) out[k] = items[j];
            return of(out);
        }
        long k = Ops.index(key, "tuple indices must be integers or slices, not ", "");
        if (k < 0) k += items.length;
        if (k < 0 || k >= items.length) throw Exc.index("tuple index out of range");
        return items[(int) k];
    }

    @Override public boolean contains(PyObject item) {
        for (PyObject o : items) if (o == item || Ops.eq(o, item)) return true;
        return false;
    }

    @Override public PyObject iter() { return new PyIterators.ArrayIterator(T.TUPLE_ITERATOR, items, items.length); }

    @Override public PyObject binop(int op, PyObject other) {
        if (op == Ops.ADD) {
            if (!(other instanceof PyTuple o)) {
                throw Exc.type("can only concatenate tuple (not \"" + other.type.name + "\") to tuple");
            }
            PyObject[] r = new PyObject[items.length + o.items.length];
            System.arraycopy(items, 0, r, 0, items.length);
            System.arraycopy(o.items, 0, r, items.length, o.items.length);
            return of(r);
        }
        if (op == Ops.MUL && Ops.hasIndex(other)) return repeat(Ops.index(other, null));
        return T.NotImplemented;
    }

    @Override public PyObject rbinop(int op, PyObject other) {
        if (op == Ops.MUL && Ops.hasIndex(other)) return repeat(Ops.index(other, null));
        return T.NotImplemented;
    }

    PyObject repeat(long n) {
        if (n <= 0 || items.length == 0) return EMPTY;
        if (n == 1 && type == T.TUPLE) return this;
        if (n * items.length > Integer.MAX_VALUE - 16) throw Exc.memory();
        PyObject[] r = new PyObject[(int) (n * items.length)];
        for (int k = 0; k < n; k++) System.arraycopy(items, 0, r, k * items.length, items.length);
        return new PyTuple(r);
    }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (!(other instanceof PyTuple o)) return T.NotImplemented;
        return Ops.compareSequences(items, items.length, o.items, o.items.length, op);
    }

    @Override public long hash() {
        // CPython's xxHash-based tuple hash
        final long P1 = 0x9E3779B185EBCA87L, P2 = 0xC2B2AE3D27D4EB4FL, P5 = 0x27D4EB2F165667C5L;
        long acc = P5;
        for (PyObject o : items) {
            long lane = Ops.hash(o);
            acc += lane * P2;
            acc = Long.rotateLeft(acc, 31);
            acc *= P1;
        }
        acc += items.length ^ (P5 ^ 3527539L);
        if (acc == -1) return 1546275796L;
        return acc;
    }

    @Override public PyObject repr() {
        if (type != T.TUPLE && !type.heap) {
            // builtin structseqs (sys.version_info, os.stat_result) have their own __repr__
            PyMethodDescr d = own(S.__repr__);
            if (d != null && d.owner != T.TUPLE) return callOwn(d);
        }
        if (items.length == 0) return PyStr.intern("()");
        if (!Ops.reprEnter(this)) return PyStr.intern("(...)");
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(items[i]).value);
            }
            if (items.length == 1) sb.append(',');
            return new PyStr(sb.append(')').toString());
        } finally {
            Ops.reprLeave(this);
        }
    }
}
