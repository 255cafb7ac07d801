package pyjama.python.runtime;

/**
 * set and frozenset, with CPython's open-addressing table (linear probes then perturbation)
 * so that iteration order of e.g. small ints matches CPython's.
 */
public final class PySet extends PyObject {
    private static final PyObject DUMMY = new PyObject(null);
    PyObject[] table;
    long[] hashes;
    int fill;   // active + dummy
    int used;   // active
    long frozenHash = -1;

    public PySet() { this(T.SET); }
    public PySet(PyType t) { super(t); table = new PyObject[8]; hashes = new long[8]; }

    public static PySet frozen() { return new PySet(T.FROZENSET); }

    public boolean isFrozen() { return type.isSubtype(T.FROZENSET); }

    public int size() { return used; }

    private int findIndex(PyObject key, long hash) {
        PyObject[] t = table;
        int mask = t.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + 9 <= mask) ? 9 : 0;
            int j = i;
            do {
                PyObject k = t[j];
                if (k == null) return -1;
                if (k != DUMMY && (k == key || (hashes[j] == hash && Ops.eq(k, key)))) return j;
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean contains(PyObject key) {
        if (key instanceof PySet s && !s.isFrozen()) {
            return findIndex(key, s.frozenHashForLookup()) >= 0;
        }
        return findIndex(key, Ops.hash(key)) >= 0;
    }

    long frozenHashForLookup() { return computeFrozenHash(); }

    public boolean add(PyObject key) { return add(key, Ops.hash(key)); }

    boolean add(PyObject key, long hash) {
        PyObject[] t = table;
        int mask = t.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeslot = -1;
        while (true) {
            int probes = (i + 9 <= mask) ? 9 : 0;
            int j = i;
            do {
                PyObject k = t[j];
                if (k == null) {
                    int at = freeslot >= 0 ? freeslot : j;
                    if (freeslot < 0) fill++;
                    t[at] = key;
                    hashes[at] = hash;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                    return true;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) freeslot = j;
                } else if (k == key || (hashes[j] == hash && Ops.eq(k, key))) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minused) {
        int n = 8;
        while (n <= minused) n <<= 1;
        PyObject[] ot = table;
        long[] oh = hashes;
        table = new PyObject[n];
        hashes = new long[n];
        fill = 0;
        used = 0;
        for (int i = 0; i < ot.length; i++) {
            if (ot[i] != null && ot[i] != DUMMY) insertClean(ot[i], oh[i]);
        }
    }

    private void insertClean(PyObject key, long hash) {
        PyObject[] t = table;
        int mask = t.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + 9 <= mask) ? 9 : 0;
            int j = i;
            do {
                if (t[j] == null) { t[j] = key; hashes[j] = hash; fill++; used++; return; }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean discard(PyObject key) {
        long h = key instanceof PySet s && !s.isFrozen() ? s.computeFrozenHash() : Ops.hash(key);
        int j = findIndex(key, h);
        if (j < 0) return false;
        table[j] = DUMMY;
        used--;
        return true;
    }

    public void clear() { table = new PyObject[8]; hashes = new long[8]; fill = 0; used = 0; }

    public PyObject pop() {
        for (int i = 0; i < table.length; i++) {
            PyObject k = table[i];
            if (k != null && k != DUMMY) { table[i] = DUMMY; used--; return k; }
        }
        throw Exc.keyError("pop from an empty set");
    }

    public int nextEntry(int i) {
        PyObject[] t = table;
        while (i < t.length) {
            PyObject k = t[i];
            if (k != null && k != DUMMY) return i;
            i++;
        }
        return -1;
    }

    public PyObject keyAt(int i) { return table[i]; }

    public PyObject[] toArray() {
        PyObject[] r = new PyObject[used];
        int k = 0;
        for (PyObject o : table) if (o != null && o != DUMMY) r[k++] = o;
        return r;
    }

    /** A new set of type t with this one's elements (CPython's make_new_set, so its layout is set_merge's). */
    public PySet copy(PyType t) {
        PySet s = new PySet(t);
        s.merge(this);
        return s;
    }

    /**
     * Adds the elements of another set as CPython's set_merge does, which decides the table
     * layout and so the iteration order: one resize up front, then a plain copy of the table
     * when this one is empty and of the same size, else clean insertions into an empty table.
     */
    void merge(PySet o) {
        if (o == this || o.used == 0) return;
        int mask = table.length - 1;
        if ((long) (fill + o.used) * 5 >= (long) mask * 3) resize((used + o.used) * 2);
        if (fill == 0 && table.length == o.table.length && o.fill == o.used) {
            System.arraycopy(o.table, 0, table, 0, o.table.length);
            System.arraycopy(o.hashes, 0, hashes, 0, o.hashes.length);
            fill = o.fill;
            used = o.used;
            return;
        }
        boolean empty = fill == 0;
        for (int i = 0; i < o.table.length; i++) {
            PyObject k = o.table[i];
            if (k == null || k == DUMMY) continue;
            if (empty) insertClean(k, o.hashes[i]);
            else add(k, o.hashes[i]);
        }
    }

    public void addAll(PyObject iterable) {
        if (iterable instanceof PySet o) {
            merge(o);
            return;
        }
        if (iterable instanceof PyDict d) {
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) add(d.keyAt(i));
            return;
        }
        PyObject it = Ops.iter(iterable);
        PyObject x;
        while ((x = Ops.next(it)) != null) add(x);
    }

    // ---- protocol -----------------------------------------------------------------------------

    @Override public int len() { return used; }
    @Override public boolean hasLen() { return true; }
    @Override public boolean isTrue() { return used != 0; }
    @Override public PyObject iter() { return new PyIterators.SetIterator(this); }

    @Override public long hash() {
        if (!isFrozen()) throw Exc.unhashable(this);
        if (frozenHash == -1) frozenHash = computeFrozenHash();
        return frozenHash;
    }

    long computeFrozenHash() {
        long hash = 0;
        for (int i = 0; i < table.length; i++) {
            PyObject k = table[i];
            if (k == null || k == DUMMY) continue;
            long h = hashes[i];
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) hash = 590923713L;
        return hash;
    }

    boolean isSubsetOf(PySet o) {
        if (used > o.used) return false;
        for (int i = 0; i < table.length; i++) {
            PyObject k = table[i];
            if (k != null && k != DUMMY && o.findIndex(k, hashes[i]) < 0) return false;
        }
        return true;
    }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (!(other instanceof PySet o)) return T.NotImplemented;
        switch (op) {
            case Ops.EQ: return PyBool.of(used == o.used && isSubsetOf(o));
            case Ops.NE: return PyBool.of(!(used == o.used && isSubsetOf(o)));
            case Ops.LE: return PyBool.of(isSubsetOf(o));
            case Ops.GE: return PyBool.of(o.isSubsetOf(this));
            case Ops.LT: return PyBool.of(used < o.used && isSubsetOf(o));
            default: return PyBool.of(o.used < used && o.isSubsetOf(this));
        }
    }

    PyType resultType() { return isFrozen() ? T.FROZENSET : T.SET; }

    PySet union(PySet o) { PySet r = copy(resultType()); r.addAll(o); return r; }

    /*
     * The set algebra follows setobject.c step by step, since which set is iterated and which
     * one is copied decides the table layout and so the iteration order of the result.
     */

    /** set_intersection: iterates the smaller set (or the iterable), adding what the other holds. */
    PySet intersection(PyObject other) {
        if (other == this) return copy(resultType());
        PySet r = new PySet(resultType());
        if (other instanceof PySet o) {
            PySet small = o.used > used ? this : o, big = small == this ? o : this;
            for (int i = 0; i < small.table.length; i++) {
                PyObject k = small.table[i];
                if (k != null && k != DUMMY && big.findIndex(k, small.hashes[i]) >= 0) r.add(k, small.hashes[i]);
            }
            return r;
        }
        PyObject it = Ops.iter(other), k;
        while ((k = Ops.next(it)) != null) {
            long h = Ops.hash(k);
            if (findIndex(k, h) >= 0) r.add(k, h);
        }
        return r;
    }

    /** set_difference: a copy minus the other's elements, or this set's elements not in the other. */
    PySet difference(PyObject other) {
        int otherSize;
        if (other instanceof PySet o) otherSize = o.used;
        else if (other instanceof PyDict d && d.type == T.DICT) otherSize = d.size();
        else return copyAndDifference(other);
        if ((used >> 2) > otherSize) return copyAndDifference(other);
        PySet r = new PySet(resultType());
        for (int i = 0; i < table.length; i++) {
            PyObject k = table[i];
            if (k == null || k == DUMMY) continue;
            boolean in = other instanceof PySet o ? o.findIndex(k, hashes[i]) >= 0 : ((PyDict) other).getItem(k) != null;
            if (!in) r.add(k, hashes[i]);
        }
        return r;
    }

    PySet copyAndDifference(PyObject other) {
        PySet r = copy(resultType());
        r.differenceUpdate(other);
        return r;
    }

    /** set_difference_update_internal: discards the other's elements in place. */
    void differenceUpdate(PyObject other) {
        if (other == this) { clear(); return; }
        if (other instanceof PySet o) {
            for (int i = 0; i < o.table.length; i++) {
                PyObject k = o.table[i];
                if (k != null && k != DUMMY) discardEntry(k, o.hashes[i]);
            }
            return;
        }
        PyObject it = Ops.iter(other), k;
        while ((k = Ops.next(it)) != null) discardEntry(k, Ops.hash(k));
    }

    /** set_symmetric_difference: a set of the other's elements, updated with this one's. */
    PySet symmetricDifference(PyObject other) {
        PySet r = new PySet(resultType());
        r.addAll(other);
        r.symmetricDifferenceUpdate(this);
        return r;
    }

    /** set_symmetric_difference_update: each element of the other is discarded if present, else added. */
    void symmetricDifferenceUpdate(PyObject other) {
        if (other == this) { clear(); return; }
        PySet o;
        if (other instanceof PySet os) o = os;
        else { o = new PySet(type.isSubtype(T.FROZENSET) ? T.FROZENSET : T.SET); o.addAll(other); }
        for (int i = 0; i < o.table.length; i++) {
            PyObject k = o.table[i];
            if (k != null && k != DUMMY && !discardEntry(k, o.hashes[i])) add(k, o.hashes[i]);
        }
    }

    /** set_intersection_update: the intersection replaces this set's table. */
    void intersectionUpdate(PyObject other) {
        PySet r = intersection(other);
        table = r.table; hashes = r.hashes; fill = r.fill; used = r.used;
    }

    boolean discardEntry(PyObject key, long hash) {
        int j = findIndex(key, hash);
        if (j < 0) return false;
        table[j] = DUMMY;
        used--;
        return true;
    }

    @Override public PyObject binop(int op, PyObject other) {
        if (!(other instanceof PySet o)) return T.NotImplemented;
        switch (op) {
            case Ops.OR: return union(o);
            case Ops.AND: return intersection(o);
            case Ops.SUB: return difference(o);
            case Ops.XOR: return symmetricDifference(o);
            default: return T.NotImplemented;
        }
    }

    @Override public PyObject ibinop(int op, PyObject other) {
        if (!(other instanceof PySet o) || isFrozen()) return T.NotImplemented;
        switch (op) {
            case Ops.OR: addAll(o); return this;
            case Ops.AND: intersectionUpdate(o); return this;
            case Ops.SUB: differenceUpdate(o); return this;
            case Ops.XOR: symmetricDifferenceUpdate(o); return this;
            default: return T.NotImplemented;
        }
    }

    @Override public PyObject repr() {
        String tn = type.name;
        if (used == 0) return new PyStr(tn + "()");
        if (!Ops.reprEnter(this)) return new PyStr(tn + "(...)");
        try {
            StringBuilder sb = new StringBuilder();
            boolean plain = type == T.SET;
            sb.append(plain ? "{" : tn + "({");
            boolean first = true;
            for (PyObject k : table) {
                if (k == null || k == DUMMY) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append(Ops.repr(k).value);
            }
            sb.append(plain ? "}" : "})");
            return new PyStr(sb.toString());
        } finally {
            Ops.reprLeave(this);
        }
    }
}
