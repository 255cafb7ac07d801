package pyjama.python.runtime;

import java.math.BigInteger;

/**
 * int (and bool, whose two instances are PyInts of type bool). Values that fit a long keep
 * {@code big == null}; larger ones use BigInteger. Arithmetic on longs uses exact operations
 * and falls back to BigInteger on overflow. -5..256 are cached (CPython's identity).
 */
public final class PyInt extends PyObject {
    public final long v;
    public final BigInteger big;

    /** -5..256; the eval loop reads it directly. */
    static final PyInt[] SMALL = new PyInt[262];
    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = new PyInt(T.INT, i - 5);
    }
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    PyInt(PyType type, long v) { super(type); this.v = v; this.big = null; }
    private PyInt(long v) { super(T.INT); this.v = v; this.big = null; }
    private PyInt(BigInteger b) { super(T.INT); this.v = 0; this.big = b; }
    PyInt(PyType type, BigInteger b) {
        super(type);
        if (b.bitLength() < 64) { this.v = b.longValue(); this.big = null; } else { this.v = 0; this.big = b; }
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) return SMALL[(int) v + 5];
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) return of(b.longValue());
        return new PyInt(b);
    }

    public boolean isSmall() { return big == null; }

    /** sys.set_int_max_str_digits (0: no limit). */
    public static int maxStrDigits = 4300;

    public BigInteger toBig() { return big != null ? big : BigInteger.valueOf(v); }

    public double toDouble() {
        if (big == null) return (double) v;
        double d = nearestDouble(big);
        if (Double.isInfinite(d)) throw Exc.overflow("int too large to convert to float");
        return d;
    }

    /**
     * The double nearest to b (ties to even), as CPython's int-to-float. Not
     * BigInteger.doubleValue(): TeaVM's is off by an ulp for some values (float(10**20 + 1)
     * came out as 1.0000000000000002e+20 natively). The top 63 bits, with a sticky bit for
     * anything below them, convert exactly as the hardware rounds; the scale is exact.
     */
    static double nearestDouble(BigInteger b) {
        int n = b.bitLength();
        if (n <= 63) return (double) b.longValue();
        BigInteger a = b.abs();
        int shift = n - 63;
        long top = a.shiftRight(shift).longValue();
        if (a.getLowestSetBit() < shift) top |= 1;
        double d = Libm.scalb((double) top, shift);
        return b.signum() < 0 ? -d : d;
    }

    public int signum() { return big != null ? big.signum() : Long.signum(v); }

    /** The value as an int, or raise OverflowError with the given message. */
    public long asLong() {
        if (big != null) throw Exc.overflow("Python int too large to convert to C ssize_t");
        return v;
    }

    // ---- arithmetic on the (long | BigInteger) representation ---------------------------------

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.v + b.v;
            if (((a.v ^ r) & (b.v ^ r)) < 0) return of(BigInteger.valueOf(a.v).add(BigInteger.valueOf(b.v)));
            return of(r);
        }
        return of(a.toBig().add(b.toBig()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.v - b.v;
            if (((a.v ^ b.v) & (a.v ^ r)) < 0) return of(BigInteger.valueOf(a.v).subtract(BigInteger.valueOf(b.v)));
            return of(r);
        }
        return of(a.toBig().subtract(b.toBig()));
    }

    /**
     * The high 64 bits of the 128-bit product x*y (Math.multiplyHigh, which TeaVM 0.15's
     * classlib lacks): x*y fits in a long exactly when this is the sign extension of the low half.
     */
    static long multiplyHigh(long x, long y) {
        long x1 = x >> 32, x0 = x & 0xFFFFFFFFL, y1 = y >> 32, y0 = y & 0xFFFFFFFFL;
        long w0 = x0 * y0;
        long t = x1 * y0 + (w0 >>> 32);
        long w1 = (t & 0xFFFFFFFFL) + x0 * y1;
        return x1 * y1 + (t >> 32) + (w1 >> 32);
    }

    /** True when the 128-bit product hi:lo is a long: hi is the sign extension of lo. */
    static boolean fitsLong(long hi, long lo) { return hi == (lo >> 63); }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.v, y = b.v;
            long hi = multiplyHigh(x, y), lo = x * y;
            if (fitsLong(hi, lo)) return of(lo);
            return of(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
        }
        return of(a.toBig().multiply(b.toBig()));
    }

    public static PyInt floordiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Exc.zeroDivision("integer division or modulo by zero");
        if (a.big == null && b.big == null && !(a.v == Long.MIN_VALUE && b.v == -1)) {
            return of(Math.floorDiv(a.v, b.v));
        }
        BigInteger[] qr = a.toBig().divideAndRemainder(b.toBig());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) q = q.subtract(BigInteger.ONE);
        return of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Exc.zeroDivision("integer modulo by zero");
        if (a.big == null && b.big == null) {
            if (b.v == -1) return of(0);
            return of(Math.floorMod(a.v, b.v));
        }
        BigInteger r = a.toBig().mod(b.toBig().abs());
        if (b.signum() < 0 && r.signum() != 0) r = r.add(b.toBig());
        return of(r);
    }

    public static PyObject truediv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Exc.zeroDivision("division by zero");
        if (a.big == null && b.big == null && Math.abs(a.v) < (1L << 53) && Math.abs(b.v) < (1L << 53)) {
            return new PyFloat((double) a.v / (double) b.v);
        }
        return new PyFloat(FloatFormat.divideBig(a.toBig(), b.toBig()));
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double x = a.toDouble();
            if (x == 0) throw Exc.zeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.pow(x, b.toDouble()));
        }
        if (b.big != null) {
            if (a.big == null && (a.v == 0 || a.v == 1)) return a.type == T.INT ? a : of(a.v);
            if (a.big == null && a.v == -1) return of(b.big.testBit(0) ? -1 : 1);
            throw Exc.memory();
        }
        long e = b.v;
        if (a.big == null) {
            long base = a.v, result = 1;
            boolean overflow = false;
            long ee = e, bb = base;
            while (ee > 0) {
                if ((ee & 1) != 0) {
                    long hi = multiplyHigh(result, bb), lo = result * bb;
                    if (!fitsLong(hi, lo)) { overflow = true; break; }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0) {
                    long hi = multiplyHigh(bb, bb), lo = bb * bb;
                    if (!fitsLong(hi, lo)) { overflow = true; break; }
                    bb = lo;
                }
            }
            if (!overflow) return of(result);
        }
        if (e > Integer.MAX_VALUE) throw Exc.memory();
        return of(a.toBig().pow((int) e));
    }

    public static PyInt powmod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) throw Exc.value("pow() 3rd argument cannot be 0");
        BigInteger mod = m.toBig();
        BigInteger am = mod.abs();
        BigInteger r;
        if (b.signum() < 0) {
            try {
                r = a.toBig().modInverse(am).modPow(b.toBig().negate(), am);
            } catch (ArithmeticException ex) {
                throw Exc.value("base is not invertible for the given modulus");
            }
        } else {
            r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : a.toBig().modPow(b.toBig(), am);
        }
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return of(r);
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Exc.value("negative shift count");
        if (a.signum() == 0) return of(0);
        if (b.big != null || b.v > Integer.MAX_VALUE) throw Exc.overflow("too many digits in integer");
        int s = (int) b.v;
        if (a.big == null && s < 63) {
            long r = a.v << s;
            if ((r >> s) == a.v) return of(r);
        }
        return of(a.toBig().shiftLeft(s));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Exc.value("negative shift count");
        if (b.big != null) return of(a.signum() < 0 ? -1 : 0);
        if (a.big == null) return of(b.v >= 63 ? (a.v < 0 ? -1 : 0) : a.v >> b.v);
        return of(a.big.shiftRight((int) Math.min(b.v, Integer.MAX_VALUE)));
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return of(a.v & b.v);
        return of(a.toBig().and(b.toBig()));
    }
    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return of(a.v | b.v);
        return of(a.toBig().or(b.toBig()));
    }
    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return of(a.v ^ b.v);
        return of(a.toBig().xor(b.toBig()));
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Long.compare(a.v, b.v);
        return a.toBig().compareTo(b.toBig());
    }

    // ---- PyObject ----------------------------------------------------------------------------

    @Override public PyObject binop(int op, PyObject other) {
        if (!(other instanceof PyInt b)) return T.NotImplemented;
        return arith(op, this, b);
    }

    @Override public PyObject rbinop(int op, PyObject other) {
        if (!(other instanceof PyInt a)) return T.NotImplemented;
        return arith(op, a, this);
    }

    static PyObject arith(int op, PyInt a, PyInt b) {
        switch (op) {
            case Ops.ADD: return add(a, b);
            case Ops.SUB: return sub(a, b);
            case Ops.MUL: return mul(a, b);
            case Ops.TRUEDIV: return truediv(a, b);
            case Ops.FLOORDIV: return floordiv(a, b);
            case Ops.MOD: return mod(a, b);
            case Ops.POW: return pow(a, b);
            case Ops.LSHIFT: return lshift(a, b);
            case Ops.RSHIFT: return rshift(a, b);
            case Ops.AND:
                if (a.type == T.BOOL && b.type == T.BOOL) return PyBool.of((a.v & b.v) != 0);
                return and(a, b);
            case Ops.OR:
                if (a.type == T.BOOL && b.type == T.BOOL) return PyBool.of((a.v | b.v) != 0);
                return or(a, b);
            case Ops.XOR:
                if (a.type == T.BOOL && b.type == T.BOOL) return PyBool.of((a.v ^ b.v) != 0);
                return xor(a, b);
            default: return T.NotImplemented;
        }
    }

    @Override public PyObject neg() {
        if (big == null && v != Long.MIN_VALUE) return of(-v);
        return of(toBig().negate());
    }
    @Override public PyObject pos() { return type == T.INT ? this : (big == null ? of(v) : of(big)); }
    @Override public PyObject invert() { return big == null ? of(~v) : of(big.not()); }
    @Override public PyObject abs() { return signum() < 0 ? neg() : pos(); }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (other instanceof PyInt b) return PyBool.of(Ops.cmpResult(compare(this, b), op));
        if (other instanceof PyFloat f) {
            double d = f.v;
            if (Double.isNaN(d)) return PyBool.of(op == Ops.NE);
            return PyBool.of(Ops.cmpResult(-PyFloat.compareWithInt(d, this), op));
        }
        return T.NotImplemented;
    }

    @Override public boolean isTrue() { return big != null || v != 0; }

    static final long MODULUS = (1L << 61) - 1;

    @Override public long hash() {
        if (big == null) {
            long x = v;
            if (x > -MODULUS && x < MODULUS) {
                if (x == -1) return -2;
                return x;
            }
        }
        BigInteger m = BigInteger.valueOf(MODULUS);
        BigInteger b = toBig();
        long r = b.abs().mod(m).longValue();
        if (b.signum() < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    @Override public PyObject repr() {
        if (type == T.BOOL) return PyStr.intern(v != 0 ? "True" : "False");
        if (big != null && maxStrDigits > 0 && big.bitLength() > maxStrDigits * 3) {
            String s = big.toString();
            if (s.length() - (big.signum() < 0 ? 1 : 0) > maxStrDigits) {
                throw Exc.value("Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
            return new PyStr(s);
        }
        return new PyStr(big == null ? Long.toString(v) : big.toString());
    }

    @Override public PyObject str() { return repr(); }

    @Override public String toString() {
        return big == null ? Long.toString(v) : big.toString();
    }

    public int bitLength() {
        if (big != null) return big.abs().bitLength();
        if (v == Long.MIN_VALUE) return 64;
        return 64 - Long.numberOfLeadingZeros(Math.abs(v));
    }
}
