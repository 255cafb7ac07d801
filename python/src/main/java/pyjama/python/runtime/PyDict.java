package pyjama.python.runtime;

import java.util.Arrays;

/**
 * dict: CPython's compact layout — a sparse index table of entry numbers and a dense,
 * insertion-ordered entry array (keys, values, hashes). Deleted entries leave holes in the
 * dense arrays (key == null) that a resize compacts. {@code version} changes on every
 * mutation (for the globals inline caches).
 */
public final class PyDict extends PyObject {
    private int[] index;          // 0 = empty, -1 = dummy, else entry number + 1
    PyObject[] keys;
    PyObject[] values;
    private long[] hashes;
    int used;                     // entries in the dense arrays (including holes)
    int size;                     // live entries
    public int version;

    private static int globalVersion;

    public PyDict() {
        super(T.DICT);
        init(8);
    }

    public PyDict(PyType t) {
        super(t);
        init(8);
    }

    public PyDict(int expected) {
        super(T.DICT);
        int n = 8;
        while (n * 2 < expected * 3) n <<= 1;
        init(n);
    }

    { version = ++globalVersion; }

    private void init(int n) {
        index = new int[n];
        int cap = n * 2 / 3 + 1;
        keys = new PyObject[cap];
        values = new PyObject[cap];
        hashes = new long[cap];
        used = 0;
        size = 0;
    }

    public int size() { return size; }

    private int find(PyObject key, long hash) {
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        PyObject[] ks = keys;
        long[] hs = hashes;
        while (true) {
            int e = idx[i];
            if (e == 0) return -1;
            if (e > 0) {
                int n = e - 1;
                PyObject k = ks[n];
                if (k == key) return n;
                if (hs[n] == hash && k != null) {
                    if (k instanceof PyStr a && key instanceof PyStr b) {
                        if (a.value.equals(b.value)) return n;
                    } else if (Ops.eq(k, key)) {
                        if (ks != keys || idx != index) return findAfterMutation(key, hash);
                        return n;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private int findAfterMutation(PyObject key, long hash) {
        return find(key, hash);
    }

    /** The slot in the index table where key would be inserted (first empty). */
    private int findEmptySlot(long hash) {
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (idx[i] > 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    public PyObject getItem(PyObject key) {
        int n = find(key, Ops.hash(key));
        return n < 0 ? null : values[n];
    }

    public PyObject getItem(PyObject key, long hash) {
        int n = find(key, hash);
        return n < 0 ? null : values[n];
    }

    public PyObject getStr(PyStr key) {
        int n = find(key, key.hash());
        return n < 0 ? null : values[n];
    }

    public PyObject getStr(String key) { return getStr(PyStr.intern(key)); }

    /** The entry number of a str key (for {@link #valueAt}; LOAD_GLOBAL's cache), or -1. */
    int findStr(PyStr key) { return find(key, key.hash()); }

    public void setItem(PyObject key, PyObject value) {
        setItem(key, Ops.hash(key), value);
    }

    public void setStr(String key, PyObject value) { setItem(PyStr.intern(key), value); }

    public void setItem(PyObject key, long hash, PyObject value) {
        int n = find(key, hash);
        version = ++globalVersion;
        if (n >= 0) {
            values[n] = value;
            return;
        }
        if (used == keys.length) resize();
        int slot = findEmptySlot(hash);
        keys[used] = key;
        values[used] = value;
        hashes[used] = hash;
        index[slot] = ++used;
        size++;
    }

    private void resize() {
        int want = size * 3;
        int n = 8;
        while (n * 2 < want * 3 / 2 + 3 || n * 2 / 3 <= size) n <<= 1;
        PyObject[] ok = keys, ov = values;
        long[] oh = hashes;
        int oused = used;
        init(n);
        for (int i = 0; i < oused; i++) {
            if (ok[i] == null) continue;
            int slot = findEmptySlot(oh[i]);
            keys[used] = ok[i];
            values[used] = ov[i];
            hashes[used] = oh[i];
            index[slot] = ++used;
            size++;
        }
    }

    /** Removes key; returns the old value or null if absent. */
    public PyObject delItemIfPresent(PyObject key) {
        long hash = Ops.hash(key);
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int e = idx[i];
            if (e == 0) return null;
            if (e > 0) {
                int n = e - 1;
                PyObject k = keys[n];
                if (k == key || (hashes[n] == hash && Ops.eq(k, key))) {
                    PyObject v = values[n];
                    idx[i] = -1;
                    keys[n] = null;
                    values[n] = null;
                    size--;
                    version = ++globalVersion;
                    return v;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    public void delItem(PyObject key) {
        if (delItemIfPresent(key) == null) throw Exc.keyError(key);
    }

    public void clear() {
        init(8);
        version = ++globalVersion;
    }

    public boolean containsKey(PyObject key) { return find(key, Ops.hash(key)) >= 0; }

    /** Iteration over live entries: first position >= i, or -1. */
    public int nextEntry(int i) {
        while (i < used) {
            if (keys[i] != null) return i;
            i++;
        }
        return -1;
    }

    public PyObject keyAt(int i) { return keys[i]; }
    public PyObject valueAt(int i) { return values[i]; }

    public PyObject[] keysArray() {
        PyObject[] r = new PyObject[size];
        int k = 0;
        for (int i = 0; i < used; i++) if (keys[i] != null) r[k++] = keys[i];
        return r;
    }

    public PyObject[] valuesArray() {
        PyObject[] r = new PyObject[size];
        int k = 0;
        for (int i = 0; i < used; i++) if (keys[i] != null) r[k++] = values[i];
        return r;
    }

    /** popitem: the last inserted entry, or null when empty. */
    public PyObject[] popLast() {
        for (int i = used - 1; i >= 0; i--) {
            if (keys[i] != null) {
                PyObject k = keys[i], v = values[i];
                delItemIfPresent(k);
                used = i;
                return new PyObject[] { k, v };
            }
        }
        return null;
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        d.index = index.clone();
        d.keys = keys.clone();
        d.values = values.clone();
        d.hashes = hashes.clone();
        d.used = used;
        d.size = size;
        return d;
    }

    public void update(PyDict other) {
        for (int i = 0; i < other.used; i++) {
            if (other.keys[i] != null) setItem(other.keys[i], other.hashes[i], other.values[i]);
        }
    }

    // ---- protocol -----------------------------------------------------------------------------

    @Override public int len() { return size; }
    @Override public boolean hasLen() { return true; }
    @Override public boolean isTrue() { return size != 0; }

    @Override public PyObject getitem(PyObject key) {
        PyObject v = getItem(key);
        if (v == null) {
            if (type != T.DICT) {
                PyObject missing = type.lookup(S.__missing__);
                if (missing != null) return Ops.callMethod(missing, this, key);
            }
            throw Exc.keyError(key);
        }
        return v;
    }

    @Override public void setitem(PyObject key, PyObject value) { setItem(key, value); }
    @Override public void delitem(PyObject key) { delItem(key); }
    @Override public boolean contains(PyObject item) { return containsKey(item); }
    @Override public PyObject iter() { return new PyIterators.DictIterator(this, 0); }
    @Override public long hash() { throw Exc.unhashable(this); }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (!(other instanceof PyDict o) || (op != Ops.EQ && op != Ops.NE)) return T.NotImplemented;
        boolean eq = dictEquals(o);
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    boolean dictEquals(PyDict o) {
        if (o.size != size) return false;
        for (int i = 0; i < used; i++) {
            PyObject k = keys[i];
            if (k == null) continue;
            PyObject v = values[i];
            PyObject ov = o.getItem(k, hashes[i]);
            if (ov == null || !(ov == v || Ops.eq(v, ov))) return false;
        }
        return true;
    }

    @Override public PyObject binop(int op, PyObject other) {
        if (op == Ops.OR && other instanceof PyDict o) {
            PyDict d = copy();
            d.update(o);
            return d;
        }
        return T.NotImplemented;
    }

    @Override public PyObject ibinop(int op, PyObject other) {
        if (op == Ops.OR) {
            DictMethods.updateFrom(this, other);
            return this;
        }
        return T.NotImplemented;
    }

    @Override public PyObject repr() {
        if (size == 0) return PyStr.intern("{}");
        if (!Ops.reprEnter(this)) return PyStr.intern("{...}");
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < used; i++) {
                if (keys[i] == null) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append(Ops.repr(keys[i]).value).append(": ").append(Ops.repr(values[i]).value);
            }
            return new PyStr(sb.append('}').toString());
        } finally {
            Ops.reprLeave(this);
        }
    }

}
