package pyjama.python.runtime;

import java.math.BigInteger;

/** range (with long bounds; CPython allows big ints — see python-differences.md). */
public final class PyRange extends PyObject {
    public final long start, stop, step, length;
    /** Non-null for ranges whose bounds do not fit a long. */
    final BigInteger bstart, bstop, bstep, blength;

    static final PyType LONGRANGE_ITERATOR = new PyType("longrange_iterator", T.OBJECT);
    static {
        LONGRANGE_ITERATOR.type = T.TYPE;
        LONGRANGE_ITERATOR.dict.type = T.DICT;
        LONGRANGE_ITERATOR.def0("__iter__", s -> s);
        LONGRANGE_ITERATOR.def0("__next__", s -> { PyObject v = s.next(); if (v == null) throw Exc.stopIteration(); return v; });
    }

    static final class BigIter extends PyIterators.Base {
        BigInteger next, remaining;
        final BigInteger step;
        BigIter(BigInteger s, BigInteger st, BigInteger n) { super(LONGRANGE_ITERATOR); next = s; step = st; remaining = n; }
        @Override public PyObject next() {
            if (remaining.signum() <= 0) return null;
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }
    }

    public PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        super(T.RANGE);
        this.bstart = start;
        this.bstop = stop;
        this.bstep = step;
        BigInteger n;
        if (step.signum() > 0) n = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO;
        else n = start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
        this.blength = n;
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.length = n.bitLength() < 63 ? n.longValue() : Long.MAX_VALUE;
    }

    /** A range of long bounds whose span {@code stop - start} fits a long and step is not Long.MIN_VALUE: see {@link #of}. */
    public PyRange(long start, long stop, long step) {
        super(T.RANGE);
        this.bstart = null;
        this.bstop = null;
        this.bstep = null;
        this.blength = null;
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) n = start < stop ? (stop - start - 1) / step + 1 : 0;
        else n = start > stop ? (start - stop - 1) / -step + 1 : 0;
        this.length = n;
    }

    /** range(start, stop, step) for longs, with big-integer bounds when the span overflows a long. */
    public static PyRange of(long start, long stop, long step) {
        long span = stop - start;
        boolean overflow = ((stop ^ start) & (stop ^ span)) < 0;
        if (overflow || step == Long.MIN_VALUE) return of(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
        return new PyRange(start, stop, step);
    }

    /** range(start, stop, step) for big integers, with long bounds when they fit (as the results of slicing). */
    public static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        if (start.bitLength() < 63 && stop.bitLength() < 63 && step.bitLength() < 63
                && stop.subtract(start).bitLength() < 63) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PyRange(start, stop, step);
    }

    /** len(r) as CPython's range_length: an int, OverflowError beyond sys.maxsize. */
    PyObject lengthObj() {
        if (isBig() && blength.bitLength() >= 64) throw Exc.overflow("Python int too large to convert to C ssize_t");
        return isBig() ? PyInt.of(blength) : PyInt.of(length);
    }

    public long item(long i) { return start + i * step; }

    boolean isBig() { return bstart != null; }

    PyObject startObj() { return isBig() ? PyInt.of(bstart) : PyInt.of(start); }
    PyObject stopObj() { return isBig() ? PyInt.of(bstop) : PyInt.of(stop); }
    PyObject stepObj() { return isBig() ? PyInt.of(bstep) : PyInt.of(step); }

    @Override public int len() {
        if (isBig() && blength.bitLength() >= 63) throw Exc.overflow("Python int too large to convert to C ssize_t");
        if (length > Integer.MAX_VALUE) throw Exc.overflow("Python int too large to convert to C ssize_t");
        return (int) length;
    }
    @Override public boolean hasLen() { return true; }


    @Override public PyObject getitem(PyObject key) {
        if (key instanceof PySlice s && (isBig() || !s.fitsLong())) return sliceBig(s);
        if (isBig()) {
            BigInteger i = ((PyInt) Ops.indexObject(key, "range indices must be integers or slices, not " + key.type.name)).toBig();
            if (i.signum() < 0) i = i.add(blength);
            if (i.signum() < 0 || i.compareTo(blength) >= 0) throw Exc.index("range object index out of range");
            return PyInt.of(bstart.add(i.multiply(bstep)));
        }
        if (key instanceof PySlice s) {
            long[] r = s.indices(length);
            // item(stop index) and step * step may leave the long range: redo it with big integers
            BigInteger nstep = BigInteger.valueOf(step).multiply(BigInteger.valueOf(r[2]));
            BigInteger bs = BigInteger.valueOf(start), bst = BigInteger.valueOf(step);
            return of(bs.add(bst.multiply(BigInteger.valueOf(r[0]))), bs.add(bst.multiply(BigInteger.valueOf(r[1]))), nstep);
        }
        long i = Ops.index(key, "range indices must be integers or slices, not ", "");
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Exc.index("range object index out of range");
        return PyInt.of(item(i));
    }

    /** r[slice] with big-integer indices (CPython's compute_slice over _PySlice_GetLongIndices). */
    PyObject sliceBig(PySlice s) {
        BigInteger len = isBig() ? blength : BigInteger.valueOf(length);
        BigInteger st0 = isBig() ? bstart : BigInteger.valueOf(start), sp0 = isBig() ? bstep : BigInteger.valueOf(step);
        BigInteger step = s.step == T.None ? BigInteger.ONE : PySlice.bigIndex(s.step);
        if (step.signum() == 0) throw Exc.value("slice step cannot be zero");
        boolean neg = step.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? len.subtract(BigInteger.ONE) : len;
        BigInteger a = s.start == T.None ? (neg ? upper : lower) : clamp(PySlice.bigIndex(s.start), len, lower, upper);
        BigInteger b = s.stop == T.None ? (neg ? lower : upper) : clamp(PySlice.bigIndex(s.stop), len, lower, upper);
        return of(st0.add(a.multiply(sp0)), st0.add(b.multiply(sp0)), sp0.multiply(step));
    }

    static BigInteger clamp(BigInteger v, BigInteger len, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(len);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    @Override public boolean contains(PyObject item) {
        if (isBig()) {
            if (!(item instanceof PyInt pi)) return Ops.containsByIteration(this, item);
            BigInteger v = pi.toBig();
            if (bstep.signum() > 0 ? (v.compareTo(bstart) < 0 || v.compareTo(bstop) >= 0) : (v.compareTo(bstart) > 0 || v.compareTo(bstop) <= 0)) return false;
            return v.subtract(bstart).mod(bstep.abs()).signum() == 0;
        }
        if (item instanceof PyInt i && (item.type == T.INT || item.type == T.BOOL)) {
            if (i.big != null) return false;
            long v = i.v;
            if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) return false;
            return Math.floorMod(v - start, Math.abs(step)) == 0;
        }
        return Ops.containsByIteration(this, item);
    }

    @Override public PyObject iter() {
        if (isBig()) return new BigIter(bstart, bstep, blength);
        return new PyIterators.RangeIterator(start, step, length);
    }

    @Override public boolean isTrue() { return isBig() ? blength.signum() != 0 : length != 0; }

    @Override public PyObject repr() {
        if (isBig()) {
            if (bstep.equals(BigInteger.ONE)) return new PyStr("range(" + bstart + ", " + bstop + ")");
            return new PyStr("range(" + bstart + ", " + bstop + ", " + bstep + ")");
        }
        if (step == 1) return new PyStr("range(" + start + ", " + stop + ")");
        return new PyStr("range(" + start + ", " + stop + ", " + step + ")");
    }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (!(other instanceof PyRange o) || (op != Ops.EQ && op != Ops.NE)) return T.NotImplemented;
        boolean eq;
        if (length != o.length) eq = false;
        else if (length == 0) eq = true;
        else if (start != o.start) eq = false;
        else eq = length == 1 || step == o.step;
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    @Override public long hash() {
        if (length == 0) return PyTuple.of(PyInt.of(0), T.None, T.None).hash();
        if (length == 1) return PyTuple.of(PyInt.of(1), PyInt.of(start), T.None).hash();
        return PyTuple.of(PyInt.of(length), PyInt.of(start), PyInt.of(step)).hash();
    }
}
