package pyjama.python.runtime;

/** complex. */
public final class PyComplex extends PyObject {
    public final double re, im;

    public PyComplex(double re, double im) { super(T.COMPLEX); this.re = re; this.im = im; }
    PyComplex(PyType t, double re, double im) { super(t); this.re = re; this.im = im; }

    static PyComplex coerce(PyObject o) {
        if (o instanceof PyComplex c) return c;
        if (o instanceof PyFloat f) return new PyComplex(f.v, 0);
        if (o instanceof PyInt i) return new PyComplex(i.toDouble(), 0);
        return null;
    }

    @Override public PyObject binop(int op, PyObject other) {
        PyComplex b = coerce(other);
        if (b == null) return T.NotImplemented;
        return arith(op, this, b);
    }

    @Override public PyObject rbinop(int op, PyObject other) {
        PyComplex a = coerce(other);
        if (a == null) return T.NotImplemented;
        return arith(op, a, this);
    }

    static PyObject arith(int op, PyComplex a, PyComplex b) {
        switch (op) {
            case Ops.ADD: return new PyComplex(a.re + b.re, a.im + b.im);
            case Ops.SUB: return new PyComplex(a.re - b.re, a.im - b.im);
            case Ops.MUL: return new PyComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
            case Ops.TRUEDIV: {
                if (b.re == 0 && b.im == 0) throw Exc.zeroDivision("complex division by zero");
                double abs_br = Math.abs(b.re), abs_bi = Math.abs(b.im);
                if (abs_br >= abs_bi) {
                    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
                    return new PyComplex((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
                }
                double ratio = b.re / b.im, denom = b.re * ratio + b.im;
                return new PyComplex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
            }
            case Ops.POW: return pow(a, b);
            default: return T.NotImplemented;
        }
    }

    static PyObject pow(PyComplex a, PyComplex b) {
        if (b.re == 0 && b.im == 0) return new PyComplex(1, 0);
        if (a.re == 0 && a.im == 0) {
            if (b.im != 0 || b.re < 0) throw Exc.zeroDivision("0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        if (b.im == 0 && b.re == Math.rint(b.re) && Math.abs(b.re) <= 100) {
            int n = (int) b.re;
            PyComplex r = new PyComplex(1, 0), x = a;
            int e = Math.abs(n);
            while (e > 0) {
                if ((e & 1) != 0) r = (PyComplex) arith(Ops.MUL, r, x);
                x = (PyComplex) arith(Ops.MUL, x, x);
                e >>= 1;
            }
            if (n < 0) return arith(Ops.TRUEDIV, new PyComplex(1, 0), r);
            return r;
        }
        double vabs = Libm.hypot(a.re, a.im);
        double len = Math.pow(vabs, b.re);
        double at = Math.atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0) {
            len /= Math.exp(at * b.im);
            phase += b.im * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    @Override public PyObject neg() { return new PyComplex(-re, -im); }
    @Override public PyObject pos() { return new PyComplex(re, im); }
    @Override public PyObject abs() { return new PyFloat(Libm.hypot(re, im)); }
    @Override public boolean isTrue() { return re != 0 || im != 0; }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (op != Ops.EQ && op != Ops.NE) return T.NotImplemented;
        boolean eq;
        if (other instanceof PyComplex c) eq = re == c.re && im == c.im;
        else if (other instanceof PyFloat f) eq = im == 0 && re == f.v;
        else if (other instanceof PyInt i) eq = im == 0 && PyFloat.compareWithInt(re, i) == 0 && !Double.isNaN(re);
        else return T.NotImplemented;
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    @Override public long hash() {
        long hr = PyFloat.hashDouble(re, this), hi = PyFloat.hashDouble(im, this);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    static String part(double d) {
        String s = FloatFormat.repr(d);
        if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
        return s;
    }

    @Override public PyObject repr() {
        if (re == 0 && 1 / re > 0) return new PyStr(part(im) + "j");
        String r = part(re);
        String i = part(im);
        if (!i.startsWith("-") && !Double.isNaN(im)) i = "+" + i;
        if (Double.isNaN(im)) i = "+" + i;
        return new PyStr("(" + r + i + "j)");
    }
}
