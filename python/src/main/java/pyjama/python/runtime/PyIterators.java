package pyjama.python.runtime;

/** The iterator objects of builtin containers and iterator builtins. */
public final class PyIterators {
    private PyIterators() {}

    /** Base: iter(it) is it. */
    public abstract static class Base extends PyObject {
        Base(PyType t) { super(t); }
        @Override public PyObject iter() { return this; }
    }

    public static final class ArrayIterator extends Base {
        final PyObject[] items;
        final int n;
        int i;
        ArrayIterator(PyType t, PyObject[] items, int n) { super(t); this.items = items; this.n = n; }
        @Override public PyObject next() { return i < n ? items[i++] : null; }
        int remaining() { return Math.max(0, n - i); }
    }

    public static final class ListIterator extends Base {
        PyList list;
        int i;
        ListIterator(PyList l) { super(T.LIST_ITERATOR); list = l; }
        @Override public PyObject next() {
            PyList l = list;
            if (l == null) return null;
            if (i < l.size) return l.items[i++];
            list = null;
            return null;
        }
    }

    public static final class ListReverseIterator extends Base {
        PyList list;
        int i;
        ListReverseIterator(PyList l) { super(T.LIST_REVERSEITERATOR); list = l; i = l.size - 1; }
        @Override public PyObject next() {
            if (list == null) return null;
            if (i >= 0 && i < list.size) return list.items[i--];
            list = null;
            return null;
        }
    }

    public static final class StrIterator extends Base {
        final PyStr s;
        int pos;
        StrIterator(PyStr s) { super(T.STR_ITERATOR); this.s = s; }
        @Override public PyObject next() {
            String v = s.value;
            if (pos >= v.length()) return null;
            int cp = v.codePointAt(pos);
            pos += Character.charCount(cp);
            return PyStr.ofCodePoint(cp);
        }
    }

    public static final class RangeIterator extends Base {
        long next;
        final long step;
        long remaining;
        RangeIterator(long start, long step, long n) { super(T.RANGE_ITERATOR); next = start; this.step = step; remaining = n; }
        @Override public PyObject next() {
            if (remaining <= 0) return null;
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }
    }

    public static final class SetIterator extends Base {
        final PySet set;
        final int size0;
        int i;
        SetIterator(PySet s) { super(T.SET_ITERATOR); set = s; size0 = s.used; }
        @Override public PyObject next() {
            if (set.used != size0) throw Exc.runtime("Set changed size during iteration");
            int j = set.nextEntry(i);
            if (j < 0) { i = Integer.MAX_VALUE; return null; }
            i = j + 1;
            return set.keyAt(j);
        }
    }

    /** kind: 0 keys, 1 values, 2 items. */
    public static final class DictIterator extends Base {
        final PyDict d;
        final int kind;
        final int size0;
        int i;
        DictIterator(PyDict d, int kind) {
            super(kind == 0 ? T.DICT_KEYITERATOR : kind == 1 ? T.DICT_VALUEITERATOR : T.DICT_ITEMITERATOR);
            this.d = d;
            this.kind = kind;
            this.size0 = d.size;
        }
        @Override public PyObject next() {
            if (i < 0) return null;
            if (d.size != size0) { i = -1; throw Exc.runtime("dictionary changed size during iteration"); }
            int j = d.nextEntry(i);
            if (j < 0) { i = -1; return null; }
            i = j + 1;
            if (kind == 0) return d.keys[j];
            if (kind == 1) return d.values[j];
            return PyTuple.of(d.keys[j], d.values[j]);
        }
    }

    /** The old sequence protocol: __getitem__ with 0, 1, 2... until IndexError. */
    public static final class SeqIterator extends Base {
        PyObject seq;
        long i;
        SeqIterator(PyObject seq) { super(T.ITERATOR); this.seq = seq; }
        @Override public PyObject next() {
            if (seq == null) return null;
            try {
                return Ops.getitem(seq, PyInt.of(i++));
            } catch (PyException e) {
                if (e.matches(Exc.IndexError) || e.matches(Exc.StopIteration)) { seq = null; return null; }
                throw e;
            }
        }
    }

    public static final class CallableIterator extends Base {
        PyObject fn;
        final PyObject sentinel;
        CallableIterator(PyObject fn, PyObject sentinel) { super(T.CALLABLE_ITERATOR); this.fn = fn; this.sentinel = sentinel; }
        @Override public PyObject next() {
            if (fn == null) return null;
            PyObject v = Ops.call(fn);
            if (Ops.eq(v, sentinel)) { fn = null; return null; }
            return v;
        }
    }

    public static final class Enumerate extends Base {
        final PyObject it;
        PyObject count;
        long n;
        Enumerate(PyType t, PyObject it, PyObject start) {
            super(t);
            this.it = it;
            if (start instanceof PyInt i && i.big == null) n = i.v; else count = start;
        }
        @Override public PyObject next() {
            PyObject x = Ops.next(it);
            if (x == null) return null;
            PyObject idx;
            if (count == null) {
                idx = PyInt.of(n);
                if (n == Long.MAX_VALUE) count = PyInt.add(PyInt.of(n), PyInt.of(1)); else n++;
            } else {
                idx = count;
                count = Ops.add(count, PyInt.of(1));
            }
            return PyTuple.of(idx, x);
        }
    }

    public static final class Zip extends Base {
        final PyObject[] its;
        final boolean strict;
        boolean done;
        Zip(PyType t, PyObject[] its, boolean strict) { super(t); this.its = its; this.strict = strict; }
        @Override public PyObject next() {
            if (done || its.length == 0) return null;
            PyObject[] r = new PyObject[its.length];
            for (int k = 0; k < its.length; k++) {
                PyObject x = Ops.next(its[k]);
                if (x == null) {
                    done = true;
                    if (strict) {
                        if (k > 0) {
                            String p = k == 1 ? "argument 1" : "arguments 1-" + k;
                            throw Exc.value("zip() argument " + (k + 1) + " is shorter than " + p);
                        }
                        for (int m = 1; m < its.length; m++) {
                            if (Ops.next(its[m]) != null) {
                                String p = m == 1 ? "argument 1" : "arguments 1-" + m;
                                throw Exc.value("zip() argument " + (m + 1) + " is longer than " + p);
                            }
                        }
                    }
                    return null;
                }
                r[k] = x;
            }
            return new PyTuple(r);
        }
    }

    public static final class Map extends Base {
        final PyObject fn;
        final PyObject[] its;
        Map(PyType t, PyObject fn, PyObject[] its) { super(t); this.fn = fn; this.its = its; }
        @Override public PyObject next() {
            PyObject[] args = new PyObject[its.length];
            for (int k = 0; k < its.length; k++) {
                PyObject x = Ops.next(its[k]);
                if (x == null) return null;
                args[k] = x;
            }
            return Ops.call(fn, args, null);
        }
    }

    public static final class Filter extends Base {
        final PyObject fn, it;
        Filter(PyType t, PyObject fn, PyObject it) { super(t); this.fn = fn; this.it = it; }
        @Override public PyObject next() {
            while (true) {
                PyObject x = Ops.next(it);
                if (x == null) return null;
                boolean ok = fn == T.None ? Ops.isTrue(x) : Ops.isTrue(Ops.call(fn, x));
                if (ok) return x;
            }
        }
    }

    public static final class Reversed extends Base {
        PyObject seq;
        long i;
        Reversed(PyType t, PyObject seq, long n) { super(t); this.seq = seq; this.i = n - 1; }
        @Override public PyObject next() {
            if (seq == null || i < 0) { seq = null; return null; }
            try {
                return Ops.getitem(seq, PyInt.of(i--));
            } catch (PyException e) {
                if (e.matches(Exc.IndexError) || e.matches(Exc.StopIteration)) { seq = null; return null; }
                throw e;
            }
        }
    }
}
