package pyjama.python.runtime;

import java.math.BigDecimal;

/** float. */
public final class PyFloat extends PyObject {
    public final double v;

    public PyFloat(double v) { super(T.FLOAT); this.v = v; }
    PyFloat(PyType t, double v) { super(t); this.v = v; }

    public static PyFloat of(double v) { return new PyFloat(v); }

    /** Coerces int/float operands; null when not a number. */
    static double toDouble(PyObject o, boolean[] ok) {
        if (o instanceof PyFloat f) return f.v;
        if (o instanceof PyInt i) return i.toDouble();
        ok[0] = false;
        return 0;
    }

    @Override public PyObject binop(int op, PyObject other) {
        double b;
        if (other instanceof PyFloat f) b = f.v;
        else if (other instanceof PyInt i) b = i.toDouble();
        else return T.NotImplemented;
        return arith(op, v, b);
    }

    @Override public PyObject rbinop(int op, PyObject other) {
        double a;
        if (other instanceof PyInt i) a = i.toDouble();
        else if (other instanceof PyFloat f) a = f.v;
        else return T.NotImplemented;
        return arith(op, a, v);
    }

    static PyObject arith(int op, double a, double b) {
        switch (op) {
            case Ops.ADD: return new PyFloat(a + b);
            case Ops.SUB: return new PyFloat(a - b);
            case Ops.MUL: return new PyFloat(a * b);
            case Ops.TRUEDIV:
                if (b == 0) throw Exc.zeroDivision("float division by zero");
                return new PyFloat(a / b);
            case Ops.FLOORDIV:
                if (b == 0) throw Exc.zeroDivision("float floor division by zero");
                return new PyFloat(floordiv(a, b));
            case Ops.MOD:
                if (b == 0) throw Exc.zeroDivision("float modulo");
                return new PyFloat(mod(a, b));
            case Ops.POW: return pow(a, b);
            default: return T.NotImplemented;
        }
    }

    static double mod(double a, double b) {
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) m += b;
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    static double floordiv(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && ((b < 0) != (m < 0))) div -= 1.0;
        double fl;
        if (div != 0) {
            fl = Math.floor(div);
            if (div - fl > 0.5) fl += 1.0;
        } else {
            fl = Math.copySign(0.0, a / b);
        }
        return fl;
    }

    static PyObject pow(double a, double b) {
        if (b == 0 || a == 1.0) return new PyFloat(1.0);
        if (Double.isNaN(a)) return new PyFloat(a);
        if (a == 0 && b < 0 && !Double.isInfinite(b)) throw Exc.zeroDivision("0.0 cannot be raised to a negative power");
        if (a < 0 && !Double.isInfinite(a) && !Double.isInfinite(b) && b != Math.floor(b)) {
            return PyComplex.pow(new PyComplex(a, 0), new PyComplex(b, 0));
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Exc.overflow("(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    @Override public PyObject neg() { return new PyFloat(-v); }
    @Override public PyObject pos() { return type == T.FLOAT ? this : new PyFloat(v); }
    @Override public PyObject abs() { return new PyFloat(Math.abs(v)); }
    @Override public boolean isTrue() { return v != 0; }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (other instanceof PyFloat f) {
            double b = f.v;
            boolean r;
            switch (op) {
                case Ops.LT: r = v < b; break;
                case Ops.LE: r = v <= b; break;
                case Ops.EQ: r = v == b; break;
                case Ops.NE: r = v != b; break;
                case Ops.GT: r = v > b; break;
                default: r = v >= b; break;
            }
            return PyBool.of(r);
        }
        if (other instanceof PyInt i) {
            if (Double.isNaN(v)) return PyBool.of(op == Ops.NE);
            return PyBool.of(Ops.cmpResult(compareWithInt(v, i), op));
        }
        return T.NotImplemented;
    }

    /** Exact comparison of a non-NaN double with an int. */
    static int compareWithInt(double d, PyInt i) {
        if (Double.isInfinite(d)) return d > 0 ? 1 : -1;
        if (i.big == null && Math.abs(i.v) < (1L << 53)) return Double.compare(d == 0 ? 0.0 : d, (double) i.v == 0 ? 0.0 : (double) i.v);
        return new BigDecimal(d).compareTo(new BigDecimal(i.toBig()));
    }

    @Override public long hash() { return hashDouble(v, this); }

    static long hashDouble(double d, PyObject self) {
        if (Double.isNaN(d)) return self == null ? 0 : Ops.identityHash(self);
        if (Double.isInfinite(d)) return d > 0 ? 314159 : -314159;
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            long l = (long) d;
            return PyInt.of(l).hash();
        }
        long mod = PyInt.MODULUS;
        int sign = 1;
        if (d < 0) { sign = -1; d = -d; }
        int e = Libm.frexpExponent(d);
        double m = Libm.scalb(d, -e);
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & mod) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= mod) x -= mod;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & mod) | x >>> (61 - e);
        x = x * sign;
        if (x == -1) x = -2;
        return x;
    }

    @Override public PyObject repr() { return new PyStr(FloatFormat.repr(v)); }
    @Override public PyObject str() { return repr(); }
}
