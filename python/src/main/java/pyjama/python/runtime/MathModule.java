package pyjama.python.runtime;

import java.math.BigInteger;

/** math (the core functions; see python-differences.md for precision notes). */
final class MathModule {
    private MathModule() {}

    static double d(PyObject o) {
        if (o instanceof PyFloat f) return f.v;
        if (o instanceof PyInt i) return i.toDouble();
        PyObject m = o.type.lookup(S.__float__);
        if (m == null) {
            if (o.type.lookup(S.__index__) != null) return ((PyInt) Ops.indexObject(o, null)).toDouble();
            throw Exc.type("must be real number, not " + o.type.name);
        }
        return ((PyFloat) Ops.callMethod(m, o)).v;
    }

    static PyException domain() { return Exc.value("math domain error"); }

    static PyObject f(double r, double x) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domain();
        if (Double.isInfinite(r) && !Double.isInfinite(x)) throw Exc.overflow("math range error");
        return new PyFloat(r);
    }

    interface D1 { double f(double x); }

    static void fn1(PyModule m, String name, D1 f) {
        m.def(name, Fn.of1("math." + name, x -> { double v = d(x); return MathModule.f(f.f(v), v); }));
    }

    /**
     * nextafter(x, y, steps=n): n steps from x towards y, stopping at y (CPython 3.12's
     * math_nextafter_impl, on the ordered bit patterns; steps beyond 2**64-1 count as 2**64-1).
     */
    static double nextAfter(double x, double y, PyInt steps) {
        if (steps.signum() < 0) throw Exc.value("steps must be a non-negative integer");
        java.math.BigInteger max = java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE);
        long n = steps.toBig().min(max).longValue(); // unsigned 64-bit
        if (n == 0 || Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        long ux = Double.doubleToRawLongBits(x), uy = Double.doubleToRawLongBits(y);
        if (ux == uy) return x;
        long sign = Long.MIN_VALUE, ax = ux & ~sign, ay = uy & ~sign;
        if (((ux ^ uy) & sign) != 0) { // opposite signs
            if (Long.compareUnsigned(ax + ay, n) <= 0) return y;
            if (Long.compareUnsigned(ax, n) < 0) return Double.longBitsToDouble((uy & sign) | (n - ax));
            return Double.longBitsToDouble(ux - n);
        }
        if (ax > ay) return Long.compareUnsigned(ax - ay, n) >= 0 ? Double.longBitsToDouble(ux - n) : y;
        return Long.compareUnsigned(ay - ax, n) >= 0 ? Double.longBitsToDouble(ux + n) : y;
    }

    static PyInt intArg(PyObject o) { return (PyInt) Ops.indexObject(o, null); }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("math");
        m.set("pi", new PyFloat(Math.PI));
        m.set("e", new PyFloat(Math.E));
        m.set("tau", new PyFloat(2 * Math.PI));
        m.set("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.set("nan", new PyFloat(Double.NaN));
        fn1(m, "sqrt", x -> { if (x < 0) throw domain(); return Math.sqrt(x); });
        fn1(m, "exp", Math::exp);
        fn1(m, "sin", x -> { if (Double.isInfinite(x)) throw domain(); return StrictMath.sin(x); });
        fn1(m, "cos", x -> { if (Double.isInfinite(x)) throw domain(); return StrictMath.cos(x); });
        fn1(m, "tan", x -> { if (Double.isInfinite(x)) throw domain(); return StrictMath.tan(x); });
        fn1(m, "asin", x -> { if (x < -1 || x > 1) throw domain(); return StrictMath.asin(x); });
        fn1(m, "acos", x -> { if (x < -1 || x > 1) throw domain(); return StrictMath.acos(x); });
        fn1(m, "atan", StrictMath::atan);
        fn1(m, "sinh", Libm::sinh);
        fn1(m, "cosh", Libm::cosh);
        fn1(m, "tanh", Libm::tanh);
        fn1(m, "fabs", Math::abs);
        m.def("log2", Fn.of1("math.log2", x -> new PyFloat(logHelper(x, MathModule::log2))));
        m.def("log10", Fn.of1("math.log10", x -> new PyFloat(logHelper(x, MathModule::log10))));
        fn1(m, "log1p", x -> { if (x <= -1) throw domain(); return Libm.log1p(x); });
        fn1(m, "expm1", Libm::expm1);
        fn1(m, "degrees", Math::toDegrees);
        fn1(m, "asinh", Libm::asinh);
        fn1(m, "acosh", x -> { if (x < 1) throw domain(); return Libm.acosh(x); });
        fn1(m, "atanh", x -> { if (x <= -1 || x >= 1) throw domain(); return Libm.atanh(x); });
        fn1(m, "cbrt", Libm::cbrt);
        fn1(m, "exp2", x -> Math.pow(2, x));
        fn1(m, "erf", SpecialFunctions::erf);
        fn1(m, "erfc", SpecialFunctions::erfc);
        fn1(m, "lgamma", SpecialFunctions::lgamma);
        fn1(m, "gamma", SpecialFunctions::gamma);
        m.def("remainder", Fn.of2("math.remainder", (x, y) -> {
            double a = d(x), b = d(y);
            if (b == 0 || Double.isInfinite(a)) throw domain();
            return new PyFloat(Libm.remainder(a, b));
        }));
        m.def("ulp", Fn.of1("math.ulp", x -> new PyFloat(Libm.ulp(d(x)))));
        m.def("nextafter", (a, kw) -> {
            PyObject[] p = Args.parse("nextafter", a, kw, 0, new String[] { "x", "y", "/", "$steps" }, 2);
            double x = d(p[0]), y = d(p[1]);
            if (p[2] == null || p[2] == T.None) return new PyFloat(Math.nextAfter(x, y));
            return new PyFloat(nextAfter(x, y, (PyInt) Ops.indexObject(p[2], null)));
        });
        fn1(m, "radians", Math::toRadians);
        m.def("log", Fn.positional("math.log", 1, 2, (a, kw) -> {
            double x = logOf(a[0]);
            if (a.length == 2) {
                double b = logOf(a[1]);
                if (b == 0) throw Exc.zeroDivision("float division by zero");
                return new PyFloat(x / b);
            }
            return new PyFloat(x);
        }));
        m.def("pow", Fn.of2("math.pow", (x, y) -> {
            double a = d(x), b = d(y);
            if (a == 0 && b < 0) throw domain();
            if (a < 0 && b != Math.floor(b) && !Double.isInfinite(b)) throw domain();
            double r = Math.pow(a, b);
            if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) throw Exc.overflow("math range error");
            return new PyFloat(r);
        }));
        m.def("atan2", Fn.of2("math.atan2", (y, x) -> new PyFloat(StrictMath.atan2(d(y), d(x)))));
        m.def("copysign", Fn.of2("math.copysign", (x, y) -> new PyFloat(Math.copySign(d(x), d(y)))));
        m.def("fmod", Fn.of2("math.fmod", (x, y) -> {
            double a = d(x), b = d(y);
            if (b == 0 || Double.isInfinite(a)) throw domain();
            return new PyFloat(a % b);
        }));
        m.def("hypot", (a, kw) -> {
            Fn.noKw("math.hypot", kw);
            double s = 0;
            for (PyObject x : a) { double v = d(x); s = Libm.hypot(s, v); }
            return new PyFloat(s);
        });
        m.def("isnan", Fn.of1("math.isnan", x -> PyBool.of(Double.isNaN(d(x)))));
        m.def("isinf", Fn.of1("math.isinf", x -> PyBool.of(Double.isInfinite(d(x)))));
        m.def("isfinite", Fn.of1("math.isfinite", x -> { double v = d(x); return PyBool.of(!Double.isNaN(v) && !Double.isInfinite(v)); }));
        m.def("floor", Fn.of1("math.floor", x -> {
            if (x instanceof PyInt) return PyInt.of(((PyInt) x).toBig());
            PyObject fl = x.type.lookup(S.__floor__);
            if (fl != null && !(x instanceof PyFloat)) return Ops.callMethod(fl, x);
            return TypeMethods.floatToInt(Math.floor(d(x)));
        }));
        m.def("ceil", Fn.of1("math.ceil", x -> {
            if (x instanceof PyInt) return PyInt.of(((PyInt) x).toBig());
            PyObject fl = x.type.lookup(S.__ceil__);
            if (fl != null && !(x instanceof PyFloat)) return Ops.callMethod(fl, x);
            return TypeMethods.floatToInt(Math.ceil(d(x)));
        }));
        m.def("trunc", Fn.of1("math.trunc", x -> {
            if (x instanceof PyInt) return PyInt.of(((PyInt) x).toBig());
            PyObject fl = x.type.lookup(S.__trunc__);
            if (fl != null && !(x instanceof PyFloat)) return Ops.callMethod(fl, x);
            if (fl == null && !(x instanceof PyFloat)) throw Exc.type("type " + x.type.name + " doesn't define __trunc__ method");
            double v = d(x);
            return TypeMethods.floatToInt(v < 0 ? Math.ceil(v) : Math.floor(v));
        }));
        m.def("modf", Fn.of1("math.modf", x -> {
            double v = d(x);
            if (Double.isInfinite(v)) return PyTuple.of(new PyFloat(Math.copySign(0.0, v)), new PyFloat(v));
            double ip = v < 0 ? Math.ceil(v) : Math.floor(v);
            return PyTuple.of(new PyFloat(Math.copySign(v - ip, v)), new PyFloat(ip));
        }));
        m.def("frexp", Fn.of1("math.frexp", x -> {
            double v = d(x);
            if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) return PyTuple.of(new PyFloat(v), PyInt.of(0));
            int e = Libm.frexpExponent(v);
            return PyTuple.of(new PyFloat(Libm.scalb(v, -e)), PyInt.of(e));
        }));
        m.def("ldexp", Fn.of2("math.ldexp", (x, i) -> {
            double v = d(x);
            if (!(i instanceof PyInt n)) throw Exc.type("Expected an int as second argument to ldexp.");
            if (v == 0 || Double.isInfinite(v) || Double.isNaN(v)) return new PyFloat(v);
            long e = n.big != null ? (n.big.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : n.v;
            double r = Libm.scalb(v, (int) Math.max(-100000, Math.min(100000, e)));
            if (Double.isInfinite(r)) throw Exc.overflow("math range error");
            return new PyFloat(r);
        }));
        m.def("gcd", (a, kw) -> {
            Fn.noKw("math.gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : a) g = g.gcd(intArg(x).toBig());
            return PyInt.of(g);
        });
        m.def("lcm", (a, kw) -> {
            Fn.noKw("math.lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (PyObject x : a) {
                BigInteger v = intArg(x).toBig().abs();
                if (v.signum() == 0) return PyInt.of(0);
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        m.def("factorial", Fn.of1("math.factorial", x -> {
            if (x instanceof PyFloat) throw Exc.type("'float' object cannot be interpreted as an integer");
            long n = intArg(x).asLong();
            if (n < 0) throw Exc.value("factorial() not defined for negative values");
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
            return PyInt.of(r);
        }));
        m.def("comb", Fn.of2("math.comb", (nn, kk) -> {
            long n = intArg(nn).asLong(), k = intArg(kk).asLong();
            if (n < 0) throw Exc.value("n must be a non-negative integer");
            if (k < 0) throw Exc.value("k must be a non-negative integer");
            if (k > n) return PyInt.of(0);
            k = Math.min(k, n - k);
            BigInteger r = BigInteger.ONE;
            for (long i = 1; i <= k; i++) r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
            return PyInt.of(r);
        }));
        m.def("perm", Fn.positional("math.perm", 1, 2, (a, kw) -> {
            long n = intArg(a[0]).asLong();
            long k = a.length > 1 && a[1] != T.None ? intArg(a[1]).asLong() : n;
            if (n < 0) throw Exc.value("n must be a non-negative integer");
            if (k < 0) throw Exc.value("k must be a non-negative integer");
            if (k > n) return PyInt.of(0);
            BigInteger r = BigInteger.ONE;
            for (long i = n - k + 1; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
            return PyInt.of(r);
        }));
        m.def("isqrt", Fn.of1("math.isqrt", x -> {
            BigInteger v = intArg(x).toBig();
            if (v.signum() < 0) throw Exc.value("isqrt() argument must be nonnegative");
            return PyInt.of(v.sqrt());
        }));
        m.def("prod", (a, kw) -> {
            PyObject[] p = Args.parse("prod", a, kw, 0, new String[] { "iterable", "/", "$start" }, 1);
            PyObject acc = p[1] == null ? PyInt.of(1) : p[1];
            for (PyObject x : Ops.toArray(p[0])) acc = Ops.binary(acc, x, Ops.MUL);
            return acc;
        });
        m.def("fsum", Fn.of1("math.fsum", it -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            boolean special = false;
            double spec = 0;
            double infinities = 0;
            for (PyObject x : Ops.toArray(it)) {
                double v = d(x);
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    // as CPython: a NaN makes the sum NaN; +inf and -inf together are an error
                    if (Double.isInfinite(v)) infinities += v;
                    spec = special ? spec + v : v;
                    special = true;
                    continue;
                }
                s = s.add(new java.math.BigDecimal(v));
            }
            if (special) {
                if (Double.isNaN(infinities)) throw Exc.value("-inf + inf in fsum");
                return new PyFloat(spec);
            }
            return new PyFloat(pyjama.python.parser.DecimalFloat.of(s));
        }));
        m.def("sumprod", Fn.of2("math.sumprod", (p, q) -> {
            PyObject[] a = Ops.toArray(p), b = Ops.toArray(q);
            if (a.length != b.length) throw Exc.value("Inputs are not the same length");
            // ints and finite floats: the exact products summed exactly and rounded once (CPython
            // uses extended precision); anything else as sum(map(operator.mul, p, q)) from 0.
            boolean exact = true, floats = false;
            for (int i = 0; i < 2 * a.length && exact; i++) {
                PyObject x = i < a.length ? a[i] : b[i - a.length];
                if (x.type == T.FLOAT) { floats = true; exact = Double.isFinite(((PyFloat) x).v); }
                else exact = x.type == T.INT || x.type == T.BOOL;
            }
            if (exact && !floats) {
                java.math.BigInteger sum = java.math.BigInteger.ZERO;
                for (int i = 0; i < a.length; i++) sum = sum.add(((PyInt) a[i]).toBig().multiply(((PyInt) b[i]).toBig()));
                return PyInt.of(sum);
            }
            if (exact) {
                java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
                for (int i = 0; i < a.length && exact; i++) {
                    java.math.BigDecimal x = exactValue(a[i]), y = exactValue(b[i]);
                    // a product beyond the float range is inf for CPython too: no exact sum then
                    exact = Double.isFinite(x.doubleValue() * y.doubleValue());
                    sum = sum.add(x.multiply(y));
                }
                if (exact) return new PyFloat(pyjama.python.parser.DecimalFloat.of(sum));
            }
            PyObject total = PyInt.of(0);
            for (int i = 0; i < a.length; i++) total = Ops.add(total, Ops.binary(a[i], b[i], Ops.MUL));
            return total;
        }));
        m.def("isclose", (a, kw) -> {
            PyObject[] p = Args.parse("isclose", a, kw, 0, new String[] { "a", "b", "$rel_tol", "$abs_tol" }, 2);
            double x = d(p[0]), y = d(p[1]);
            double rel = p[2] == null ? 1e-9 : d(p[2]), abs = p[3] == null ? 0.0 : d(p[3]);
            if (rel < 0 || abs < 0) throw Exc.value("tolerances must be non-negative");
            if (x == y) return T.TRUE;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return T.FALSE;
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        m.def("dist", Fn.of2("math.dist", (p, q) -> {
            PyObject[] a = Ops.toArray(p), b = Ops.toArray(q);
            if (a.length != b.length) throw Exc.value("both points must have the same number of dimensions");
            double s = 0;
            for (int i = 0; i < a.length; i++) s = Libm.hypot(s, d(a[i]) - d(b[i]));
            return new PyFloat(s);
        }));
        return m;
    }

    static double log2(double x) {
        if (x <= 0) throw domain();
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        int e = Math.getExponent(x);
        if (x == Libm.scalb(1.0, e)) return e;
        return Math.log(x) / Math.log(2);
    }

    static double log10(double x) {
        if (x <= 0) throw domain();
        return Libm.log10(x);
    }

    /**
     * CPython's loghelper: an int is converted to a float, and when it is too large for one,
     * taken as m * 2**e (m in [0.5, 1)) so that log(x) = log(m) + log(2) * e.
     */
    static double logHelper(PyObject x, D1 log) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) throw domain();
            if (i.big == null) return log.f((double) i.v);
            double v = pyjama.python.parser.DecimalFloat.nearest(i.big, BigInteger.ONE);
            if (!Double.isInfinite(v)) return log.f(v);
            int e = i.big.bitLength();
            double m = pyjama.python.parser.DecimalFloat.nearest(i.big, BigInteger.ONE.shiftLeft(e));
            return log.f(m) + log.f(2.0) * e;
        }
        double v = d(x);
        if (!(v > 0) && !Double.isNaN(v)) throw domain();
        return log.f(v);
    }

    static double log(double x) { return x == Double.POSITIVE_INFINITY || Double.isNaN(x) ? x : Math.log(x); }

    static double logOf(PyObject x) { return logHelper(x, MathModule::log); }

    private static java.math.BigDecimal exactValue(PyObject x) {
        return x instanceof PyFloat f ? new java.math.BigDecimal(f.v) : new java.math.BigDecimal(((PyInt) x).toBig());
    }
}
