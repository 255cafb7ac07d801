package pyjama.python.runtime;

import java.math.BigInteger;

/**
 * memoryview: a one-dimensional view of a bytes or bytearray object, of any native
 * single-character struct format ('B' until cast): items are unpacked and packed little-endian
 * with CPython's sizes (long and size_t are 8 bytes) and CPython's errors.
 */
public final class PyMemoryView extends PyObject {
    final PyBytes obj;
    /** The viewed bytes: obj.bytes[start, start + length). */
    final int start, length;
    final char format;
    /** The format as given to cast ("@B" stays "@B"). */
    final String formatText;
    final int itemsize;
    boolean released;

    PyMemoryView(PyBytes obj, int start, int length) { this(obj, start, length, 'B'); }

    PyMemoryView(PyBytes obj, int start, int length, char format) { this(obj, start, length, format, String.valueOf(format)); }

    PyMemoryView(PyBytes obj, int start, int length, char format, String formatText) {
        super(T.MEMORYVIEW);
        this.obj = obj;
        this.start = start;
        this.length = length;
        this.format = format;
        this.formatText = formatText;
        this.itemsize = itemSize(format);
    }

    /** The size of a native format, or -1 for a format memoryview does not take. */
    static int itemSize(char f) {
        switch (f) {
            case 'b': case 'B': case 'c': case '?': return 1;
            case 'h': case 'H': case 'e': return 2;
            case 'i': case 'I': case 'f': return 4;
            case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
            default: return -1;
        }
    }

    static boolean isByteFormat(char f) { return f == 'B' || f == 'b' || f == 'c'; }

    void check() { if (released) throw Exc.value("operation forbidden on released memoryview object"); }

    int items() { return length / itemsize; }

    byte[] toBytes() {
        check();
        byte[] b = new byte[length];
        System.arraycopy(obj.bytes, start, b, 0, length);
        return b;
    }

    /** memoryview.cast(format) (one-dimensional: shape, if given, must be [n]). */
    PyMemoryView cast(PyObject fmt, PyObject shape) {
        check();
        if (!(fmt instanceof PyStr fs)) throw Exc.type("cast() argument 'format' must be str, not " + fmt.type.name);
        String f = fs.value.startsWith("@") ? fs.value.substring(1) : fs.value;
        char c = f.length() == 1 ? f.charAt(0) : 0;
        if (itemSize(c) < 0) {
            throw Exc.value("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        if (!isByteFormat(format) && !isByteFormat(c)) throw Exc.type("memoryview: cannot cast between two non-byte formats");
        if (length % itemSize(c) != 0) throw Exc.type("memoryview: length is not a multiple of itemsize");
        if (shape != null && shape != T.None) {
            PyObject[] dims = Ops.toArray(shape);
            if (dims.length != 1) throw Exc.notImplemented("memoryview: casts to more than one dimension are not supported");
            if (Ops.index(dims[0], null) * itemSize(c) != length) throw Exc.type("memoryview: product(shape) * itemsize != buffer size");
        }
        return new PyMemoryView(obj, start, length, c, fs.value);
    }

    /** The item at byte offset off of obj.bytes. */
    PyObject unpack(int off) {
        byte[] b = obj.bytes;
        switch (format) {
            case 'B': return PyInt.of(b[off] & 0xff);
            case 'b': return PyInt.of(b[off]);
            case 'c': return new PyBytes(new byte[] { b[off] });
            case '?': return PyBool.of(b[off] != 0);
            case 'h': return PyInt.of((short) le(b, off, 2));
            case 'H': return PyInt.of(le(b, off, 2));
            case 'i': return PyInt.of((int) le(b, off, 4));
            case 'I': return PyInt.of(le(b, off, 4));
            case 'l': case 'q': case 'n': return PyInt.of(le(b, off, 8));
            case 'L': case 'Q': case 'N': case 'P': {
                long v = le(b, off, 8);
                return v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64)));
            }
            case 'f': return new PyFloat(Float.intBitsToFloat((int) le(b, off, 4)));
            case 'd': return new PyFloat(Double.longBitsToDouble(le(b, off, 8)));
            case 'e': return new PyFloat(halfToDouble((int) le(b, off, 2)));
            default: throw Exc.notImplemented("memoryview: format " + format + " not supported");
        }
    }

    static long le(byte[] b, int off, int n) {
        long v = 0;
        for (int k = n - 1; k >= 0; k--) v = (v << 8) | (b[off + k] & 0xff);
        return v;
    }

    static void putLe(byte[] b, int off, int n, long v) {
        for (int k = 0; k < n; k++) { b[off + k] = (byte) v; v >>>= 8; }
    }

    /** Packs a value at byte offset off (CPython's pack_single and its errors). */
    void pack(int off, PyObject v) {
        byte[] b = obj.bytes;
        switch (format) {
            case 'c': {
                if (!(v instanceof PyBytes bv) || bv.isMutable()) throw invalidType();
                if (bv.len != 1) throw invalidValue();
                b[off] = bv.bytes[0];
                return;
            }
            case '?': b[off] = (byte) (Ops.isTrue(v) ? 1 : 0); return;
            case 'f': case 'd': case 'e': {
                double d;
                try {
                    d = TypeMethods.toDouble(v);
                } catch (PyException e) {
                    if (e.matches(Exc.TypeError)) throw invalidType();
                    throw e;
                }
                if (format == 'd') putLe(b, off, 8, Double.doubleToRawLongBits(d));
                else if (format == 'f') {
                    putLe(b, off, 4, Float.floatToRawIntBits((float) d)); // a plain C cast: too large is inf
                } else {
                    int h = doubleToHalf(d);
                    if (h < 0) throw invalidValue();
                    putLe(b, off, 2, h);
                }
                return;
            }
            default: {
                PyInt i;
                try {
                    i = (PyInt) Ops.indexObject(v, "");
                } catch (PyException e) {
                    if (e.matches(Exc.TypeError)) throw invalidType();
                    throw e;
                }
                BigInteger x = i.toBig();
                boolean signed = "bhilqn".indexOf(format) >= 0;
                int bits = itemsize * 8;
                BigInteger lo = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
                BigInteger hi = signed ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits);
                if (x.compareTo(lo) < 0 || x.compareTo(hi) >= 0) throw invalidValue();
                putLe(b, off, itemsize, x.longValue());
            }
        }
    }

    PyException invalidType() { return Exc.type("memoryview: invalid type for format '" + format + "'"); }
    PyException invalidValue() { return Exc.value("memoryview: invalid value for format '" + format + "'"); }

    /** IEEE 754 binary16 to double (exact). */
    static double halfToDouble(int h) {
        int sign = h >> 15 & 1, exp = h >> 10 & 0x1f, mant = h & 0x3ff;
        double v;
        if (exp == 0) v = mant * 0x1p-24;
        else if (exp == 31) v = mant == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        else v = (1024 + mant) * Libm.scalb(1.0, exp - 25);
        return sign != 0 ? -v : v;
    }

    /** double to binary16, rounding half to even as CPython's PyFloat_Pack2; -1 when it overflows. */
    static int doubleToHalf(double d) {
        int sign = (Double.doubleToRawLongBits(d) < 0) ? 0x8000 : 0;
        double x = Math.abs(d);
        if (Double.isNaN(d)) return sign | 0x7e00;
        if (Double.isInfinite(x)) return sign | 0x7c00;
        if (x == 0) return sign;
        // scaled to units of the smallest subnormal (2**-24), then rounded half to even
        int e = Math.getExponent(x);
        int shift = Math.max(e, -14) - 10; // the value of the last mantissa bit is 2**shift
        double units = x / Libm.scalb(1.0, shift);
        double r = Libm.rint(units);
        long m = (long) r;
        if (m >= 2048) { m >>= 1; shift++; } // rounding carried into the next binade
        int exp = shift + 10;
        if (exp > 15) return -1;
        if (m < 1024) return sign | (int) m; // subnormal (or rounded to zero)
        return sign | (exp + 15) << 10 | (int) (m - 1024);
    }

    @Override public int len() { check(); return items(); }
    @Override public boolean hasLen() { return true; }

    @Override public PyObject getitem(PyObject key) {
        check();
        int n = items();
        if (key instanceof PySlice s) {
            long[] r = s.indices(n);
            if (r[2] != 1) {
                // a strided view is copied (views share memory only when contiguous)
                byte[] out = new byte[(int) Math.max(r[3], 0) * itemsize];
                for (int k = 0, j = (int) r[0]; k < r[3]; k++, j += (int) r[2]) {
                    System.arraycopy(obj.bytes, start + j * itemsize, out, k * itemsize, itemsize);
                }
                return new PyMemoryView(new PyBytes(out), 0, out.length, format, formatText);
            }
            return new PyMemoryView(obj, start + (int) r[0] * itemsize, (int) r[3] * itemsize, format, formatText);
        }
        long i = Ops.index(key, "memoryview: invalid slice key");
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Exc.index("index out of bounds on dimension 1");
        return unpack(start + (int) i * itemsize);
    }

    @Override public void setitem(PyObject key, PyObject value) {
        check();
        if (!obj.isMutable()) throw Exc.type("cannot modify read-only memory");
        int n = items();
        if (key instanceof PySlice s) {
            long[] r = s.indices(n);
            byte[] src;
            if (value instanceof PyMemoryView mv) {
                if (mv.format != format) throw Exc.value("memoryview assignment: lvalue and rvalue have different structures");
                src = mv.toBytes();
            } else {
                src = BytesMethods.toBytes(value);
                if (format != 'B' && format != 'b' && format != 'c') {
                    throw Exc.value("memoryview assignment: lvalue and rvalue have different structures");
                }
            }
            if (src.length != r[3] * itemsize) throw Exc.value("memoryview assignment: lvalue and rvalue have different structures");
            for (int k = 0, j = (int) r[0]; k < r[3]; k++, j += (int) r[2]) {
                System.arraycopy(src, k * itemsize, obj.bytes, start + j * itemsize, itemsize);
            }
            return;
        }
        long i = Ops.index(key, "memoryview: invalid slice key");
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Exc.index("index out of bounds on dimension 1");
        pack(start + (int) i * itemsize, value);
    }

    /** The items, unpacked. */
    PyObject[] values() {
        check();
        PyObject[] r = new PyObject[items()];
        for (int k = 0; k < r.length; k++) r[k] = unpack(start + k * itemsize);
        return r;
    }

    /**
     * memory_richcompare: equal when the shapes and the unpacked items are equal (bytes and
     * bytearray compare as format 'B').
     */
    @Override public PyObject richcompare(PyObject other, int op) {
        if (op != Ops.EQ && op != Ops.NE) return T.NotImplemented;
        PyObject[] mine, theirs;
        if (other instanceof PyMemoryView m) {
            if (m.released || released) return PyBool.of((other == this) == (op == Ops.EQ));
            theirs = m.values();
        } else if (other instanceof PyBytes b) {
            theirs = new PyMemoryView(b, 0, b.len).values();
        } else {
            return T.NotImplemented;
        }
        mine = values();
        boolean eq = mine.length == theirs.length;
        for (int k = 0; eq && k < mine.length; k++) eq = Ops.eq(mine[k], theirs[k]);
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    @Override public PyObject repr() {
        return new PyStr((released ? "<released memory at 0x" : "<memory at 0x") + Long.toHexString(Ops.id(this)) + ">");
    }
}
