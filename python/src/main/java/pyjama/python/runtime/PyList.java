package pyjama.python.runtime;

import java.util.Arrays;

/** list. */
public final class PyList extends PyObject {
    public PyObject[] items;
    public int size;

    public PyList() { super(T.LIST); items = EMPTY_ARR; }
    public PyList(PyType t) { super(t); items = EMPTY_ARR; }
    public PyList(PyObject[] items) { super(T.LIST); this.items = items; this.size = items.length; }
    public PyList(PyObject[] items, int size) { super(T.LIST); this.items = items; this.size = size; }

    static final PyObject[] EMPTY_ARR = new PyObject[0];

    public void append(PyObject o) {
        if (size == items.length) items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        items[size++] = o;
    }

    public PyObject get(int i) { return items[i]; }
    public PyObject[] toArray() { return Arrays.copyOf(items, size); }

    void ensure(int n) {
        if (n > items.length) items = Arrays.copyOf(items, Math.max(n, size + (size >> 1) + 1));
    }

    public void extend(PyObject iterable) {
        if (iterable instanceof PyList l) {
            int n = l.size;
            ensure(size + n);
            System.arraycopy(l.items, 0, items, size, n);
            size += n;
            return;
        }
        if (iterable instanceof PyTuple t) {
            ensure(size + t.items.length);
            System.arraycopy(t.items, 0, items, size, t.items.length);
            size += t.items.length;
            return;
        }
        PyObject it = Ops.iter(iterable);
        PyObject x;
        while ((x = Ops.next(it)) != null) append(x);
    }

    public void insert(long idx, PyObject o) {
        if (idx < 0) { idx += size; if (idx < 0) idx = 0; }
        if (idx > size) idx = size;
        ensure(size + 1);
        int i = (int) idx;
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = o;
        size++;
    }

    public PyObject pop(long idx) {
        if (size == 0) throw Exc.index("pop from empty list");
        if (idx < 0) idx += size;
        if (idx < 0 || idx >= size) throw Exc.index("pop index out of range");
        int i = (int) idx;
        PyObject r = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return r;
    }

    @Override public int len() { return size; }
    @Override public boolean hasLen() { return true; }
    @Override public boolean isTrue() { return size != 0; }

    @Override public PyObject getitem(PyObject key) {
        if (key instanceof PyInt i && i.big == null) {
            long k = i.v;
            if (k < 0) k += size;
            if (k < 0 || k >= size) throw Exc.index("list index out of range");
            return items[(int) k];
        }
        if (key instanceof PySlice s) {
            long[] r = s.indices(size);
            int start = (int) r[0], step = (int) r[2], n = (int) r[3];
            PyObject[] out = new PyObject[Math.max(n, 0)];
            for (int k = 0, j = start; k < n; k++, j += step) out[k] = items[j];
            return new PyList(out);
        }
        long k = Ops.index(key, "list indices must be integers or slices, not ", "");
        if (k < 0) k += size;
        if (k < 0 || k >= size) throw Exc.index("list index out of range");
        return items[(int) k];
    }

    @Override public void setitem(PyObject key, PyObject value) {
        if (key instanceof PySlice s) { setSlice(s, value); return; }
        long k = Ops.index(key, "list indices must be integers or slices, not ", "");
        if (k < 0) k += size;
        if (k < 0 || k >= size) throw Exc.index("list assignment index out of range");
        items[(int) k] = value;
    }

    void setSlice(PySlice s, PyObject value) {
        if (value != this && !(value instanceof PyList || value instanceof PyTuple) && !Ops.isIterable(value)) {
            throw Exc.type("can only assign an iterable");
        }
        PyObject[] src = value == this ? toArray() : Ops.toArray(value);
        long[] r = s.indices(size);
        int start = (int) r[0], stop = (int) r[1], step = (int) r[2], n = (int) r[3];
        if (step == 1) {
            if (stop < start) stop = start;
            int newSize = size - (stop - start) + src.length;
            PyObject[] out = new PyObject[Math.max(newSize, 4)];
            System.arraycopy(items, 0, out, 0, start);
            System.arraycopy(src, 0, out, start, src.length);
            System.arraycopy(items, stop, out, start + src.length, size - stop);
            items = out;
            size = newSize;
            return;
        }
        if (src.length != n) {
            throw Exc.value("attempt to assign sequence of size " + src.length + " to extended slice of size " + n);
        }
        for (int k = 0, j = start; k < n; k++, j += step) items[j] = src[k];
    }

    @Override public void delitem(PyObject key) {
        if (key instanceof PySlice s) {
            long[] r = s.indices(size);
            int start = (int) r[0], step = (int) r[2], n = (int) r[3];
            if (n <= 0) return;
            boolean[] del = new boolean[size];
            for (int k = 0, j = start; k < n; k++, j += step) del[j] = true;
            int w = 0;
            for (int i = 0; i < size; i++) if (!del[i]) items[w++] = items[i];
            for (int i = w; i < size; i++) items[i] = null;
            size = w;
            return;
        }
        long k = Ops.index(key, "list indices must be integers or slices, not ", "");
        if (k < 0) k += size;
        if (k < 0 || k >= size) throw Exc.index("list assignment index out of range");
        pop(k);
    }

    @Override public boolean contains(PyObject item) {
        for (int i = 0; i < size; i++) {
            PyObject o = items[i];
            if (o == item || Ops.eq(o, item)) return true;
        }
        return false;
    }

    @Override public PyObject iter() { return new PyIterators.ListIterator(this); }

    @Override public PyObject binop(int op, PyObject other) {
        if (op == Ops.ADD) {
            if (!(other instanceof PyList o)) {
                throw Exc.type("can only concatenate list (not \"" + other.type.name + "\") to list");
            }
            PyObject[] r = new PyObject[size + o.size];
            System.arraycopy(items, 0, r, 0, size);
            System.arraycopy(o.items, 0, r, size, o.size);
            return new PyList(r);
        }
        if (op == Ops.MUL && Ops.hasIndex(other)) return repeat(Ops.index(other, null));
        return T.NotImplemented;
    }

    @Override public PyObject rbinop(int op, PyObject other) {
        if (op == Ops.MUL && Ops.hasIndex(other)) return repeat(Ops.index(other, null));
        return T.NotImplemented;
    }

    @Override public PyObject ibinop(int op, PyObject other) {
        if (op == Ops.ADD) { extend(other); return this; }
        if (op == Ops.MUL && Ops.hasIndex(other)) {
            long n = Ops.index(other, null);
            if (n <= 0) { Arrays.fill(items, 0, size, null); size = 0; return this; }
            PyObject[] src = toArray();
            for (long k = 1; k < n; k++) for (PyObject o : src) append(o);
            return this;
        }
        return T.NotImplemented;
    }

    PyList repeat(long n) {
        if (n <= 0 || size == 0) return new PyList();
        if (n * size > Integer.MAX_VALUE - 16) throw Exc.memory();
        PyObject[] r = new PyObject[(int) (n * size)];
        for (int k = 0; k < n; k++) System.arraycopy(items, 0, r, k * size, size);
        return new PyList(r);
    }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (!(other instanceof PyList o)) return T.NotImplemented;
        return Ops.compareSequences(items, size, o.items, o.size, op);
    }

    @Override public long hash() { throw Exc.unhashable(this); }

    @Override public PyObject repr() {
        if (size == 0) return PyStr.intern("[]");
        if (!Ops.reprEnter(this)) return PyStr.intern("[...]");
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(items[i]).value);
            }
            return new PyStr(sb.append(']').toString());
        } finally {
            Ops.reprLeave(this);
        }
    }

    public void sort(PyObject key, boolean reverse) {
        int n = size;
        PyObject[] keys = new PyObject[n];
        int[] idx = new int[n];
        PyObject[] saved = items;
        items = EMPTY_ARR;
        size = 0;
        try {
            for (int i = 0; i < n; i++) {
                keys[i] = key == null ? saved[i] : Ops.call(key, saved[i]);
                idx[i] = i;
            }
            // as CPython: reverse, sort stably, reverse back (equal elements keep their order)
            if (reverse) reverseRange(idx, 0, n);
            Timsort.sort(keys, idx);
            if (reverse) reverseRange(idx, 0, n);
            if (size != 0) throw Exc.value("list modified during sort");
            PyObject[] out = new PyObject[Math.max(n, saved.length)];
            for (int i = 0; i < n; i++) out[i] = saved[idx[i]];
            saved = out;
        } finally {
            items = saved;
            size = n;
        }
    }

    private static void reverseRange(int[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) { int t = a[lo]; a[lo] = a[hi]; a[hi] = t; }
    }
}
