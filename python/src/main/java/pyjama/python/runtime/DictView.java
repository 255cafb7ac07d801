package pyjama.python.runtime;

/** dict_keys / dict_values / dict_items. */
final class DictView extends PyObject {
    final PyDict d;
    final int kind;

    DictView(PyDict d, int kind) {
        super(kind == 0 ? T.DICT_KEYS : kind == 1 ? T.DICT_VALUES : T.DICT_ITEMS);
        this.d = d;
        this.kind = kind;
    }

    @Override public int len() { return d.size; }
    @Override public boolean hasLen() { return true; }
    @Override public PyObject iter() { return new PyIterators.DictIterator(d, kind); }

    @Override public boolean contains(PyObject item) {
        if (kind == 0) return d.containsKey(item);
        if (kind == 2) {
            if (!(item instanceof PyTuple t) || t.items.length != 2) return false;
            PyObject v = d.getItem(t.items[0]);
            return v != null && (v == t.items[1] || Ops.eq(v, t.items[1]));
        }
        return Ops.containsByIteration(this, item);
    }

    PySet toSet() {
        PySet s = new PySet();
        s.addAll(this);
        return s;
    }

    @Override public PyObject binop(int op, PyObject other) {
        if (kind == 1 || !Ops.isIterable(other)) return T.NotImplemented;
        PySet a = toSet();
        PySet b = other instanceof PySet os ? os : new PySet();
        if (!(other instanceof PySet)) b.addAll(other);
        return a.binop(op, b);
    }

    @Override public PyObject rbinop(int op, PyObject other) {
        if (kind == 1 || !Ops.isIterable(other)) return T.NotImplemented;
        PySet b = toSet();
        PySet a = new PySet();
        a.addAll(other);
        return a.binop(op, b);
    }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (kind == 1) return super.richcompare(other, op);
        if (other instanceof DictView v && v.kind != 1) return toSet().richcompare(v.toSet(), op);
        if (other instanceof PySet s) return toSet().richcompare(s, op);
        return T.NotImplemented;
    }

    @Override public long hash() { throw Exc.unhashable(this); }

    @Override public PyObject repr() {
        String n = kind == 0 ? "dict_keys" : kind == 1 ? "dict_values" : "dict_items";
        if (!Ops.reprEnter(this)) return new PyStr("...");
        try {
            StringBuilder sb = new StringBuilder(n).append("([");
            PyObject it = iter(), x;
            boolean first = true;
            while ((x = it.next()) != null) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Ops.repr(x).value);
            }
            return new PyStr(sb.append("])").toString());
        } finally {
            Ops.reprLeave(this);
        }
    }
}
