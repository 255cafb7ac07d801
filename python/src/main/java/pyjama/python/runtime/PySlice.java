package pyjama.python.runtime;

import java.math.BigInteger;

/** slice. */
public final class PySlice extends PyObject {
    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        super(T.SLICE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** CPython's PySlice_Unpack + AdjustIndices: {start, stop, step, length}. */
    public long[] indices(long len) {
        long st;
        if (step == T.None) st = 1;
        else {
            st = clampIndex(step);
            if (st == 0) throw Exc.value("slice step cannot be zero");
        }
        long lo, hi;
        long defStart = st < 0 ? Long.MAX_VALUE : 0;
        long defStop = st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        lo = start == T.None ? defStart : clampIndex(start);
        hi = stop == T.None ? defStop : clampIndex(stop);
        if (lo < 0) { lo += len; if (lo < 0) lo = st < 0 ? -1 : 0; }
        else if (lo >= len) lo = st < 0 ? len - 1 : len;
        if (hi < 0) { hi += len; if (hi < 0) hi = st < 0 ? -1 : 0; }
        else if (hi >= len) hi = st < 0 ? len - 1 : len;
        long n;
        if (st < 0) n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        else n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        return new long[] { lo, hi, st, n };
    }

    /** A slice bound as a big integer (None excluded), through __index__. */
    static BigInteger bigIndex(PyObject o) {
        return ((PyInt) Ops.indexObject(o, "slice indices must be integers or None or have an __index__ method")).toBig();
    }

    /** All bounds are None or ints that fit a long. */
    boolean fitsLong() {
        for (PyObject o : new PyObject[] { start, stop, step }) {
            if (o instanceof PyInt i && i.big != null) return false;
        }
        return true;
    }

    static long clampIndex(PyObject o) {
        if (o instanceof PyInt i) {
            if (i.big == null) return i.v;
            return i.big.signum() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        }
        PyObject idx = Ops.indexObject(o, "slice indices must be integers or None or have an __index__ method");
        return clampIndex(idx);
    }

    @Override public PyObject repr() {
        return new PyStr("slice(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")");
    }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (!(other instanceof PySlice o)) return T.NotImplemented;
        return PyTuple.of(start, stop, step).richcompare(PyTuple.of(o.start, o.stop, o.step), op);
    }

    @Override public long hash() { return PyTuple.of(start, stop, step).hash(); }
}
