package pyjama.python.runtime;

/**
 * cmath, written after CPython's cmathmodule.c algorithms (the same branch cuts, signed-zero
 * handling and overflow-avoiding rescalings) so results match CPython's on finite inputs.
 */
final class CmathModule {
    private CmathModule() {}

    /** A complex value while computing. */
    record C(double re, double im) {}

    static final double LN2 = 0.6931471805599453;
    static final double LN10 = 2.302585092994046;
    static final double LARGE_DOUBLE = Double.MAX_VALUE / 4.;
    static final double SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
    static final double LOG_LARGE_DOUBLE = Math.log(LARGE_DOUBLE);
    static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    static final int SCALE_UP = 2 * (53 / 2) + 1;
    static final int SCALE_DOWN = -(SCALE_UP + 1) / 2;

    static boolean finite(double x) { return !Double.isNaN(x) && !Double.isInfinite(x); }

    /** asinh as in fdlibm (Java has none). */
    static double asinh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) return x + x;
        if (ax < 0x1p-28) return x;
        double w;
        if (ax > 0x1p28) w = Math.log(ax) + LN2;
        else if (ax > 2.0) w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        else {
            double t = x * x;
            w = Libm.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    /** cosh and sinh as in fdlibm over exp/expm1 (Java's own can be an ulp off glibc's). */
    static double cosh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x)) return x;
        if (ax < 0.5 * LN2) {
            double t = Libm.expm1(ax), w = 1 + t;
            return ax < 0x1p-55 ? w : 1 + (t * t) / (w + w);
        }
        if (ax < 22) { double t = Math.exp(ax); return 0.5 * t + 0.5 / t; }
        if (ax < Math.log(Double.MAX_VALUE)) return 0.5 * Math.exp(ax);
        double w = Math.exp(0.5 * ax), t = 0.5 * w;
        return t * w;
    }

    static double sinh(double x) {
        double ax = Math.abs(x), h = Math.copySign(0.5, x);
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        if (ax < 22) {
            if (ax < 0x1p-28) return x;
            double t = Libm.expm1(ax);
            if (ax < 1) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ax < Math.log(Double.MAX_VALUE)) return h * Math.exp(ax);
        double w = Math.exp(0.5 * ax), t = h * w;
        return t * w;
    }

    static C sqrt(C z) {
        double re = z.re, im = z.im;
        if (!finite(re) || !finite(im)) {
            if (Double.isInfinite(im)) return new C(Double.POSITIVE_INFINITY, im);
            if (Double.isNaN(re)) return new C(re, Double.isNaN(im) ? im : Double.NaN);
            if (Double.isInfinite(re)) {
                if (re > 0) return new C(re, Double.isNaN(im) ? im : Math.copySign(0.0, im));
                return new C(Double.isNaN(im) ? Double.NaN : 0.0, Double.isNaN(im) ? Double.POSITIVE_INFINITY : Math.copySign(Double.POSITIVE_INFINITY, im));
            }
            return new C(Double.NaN, Double.NaN);
        }
        if (re == 0. && im == 0.) return new C(0., im);
        double ax = Math.abs(re), ay = Math.abs(im), s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Libm.scalb(ax, SCALE_UP);
            s = Libm.scalb(Math.sqrt(ax + Libm.hypot(ax, Libm.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.;
            s = 2. * Math.sqrt(ax + Libm.hypot(ax, ay / 8.));
        }
        double d = ay / (2. * s);
        if (re >= 0.) return new C(s, Math.copySign(d, im));
        return new C(d, Math.copySign(s, im));
    }

    /** log; a zero argument gives -inf with domainError set. */
    static C log(C z, boolean[] domainError) {
        double ax = Math.abs(z.re), ay = Math.abs(z.im), re;
        if (!finite(z.re) || !finite(z.im)) {
            if (Double.isInfinite(z.re) || Double.isInfinite(z.im)) return new C(Double.POSITIVE_INFINITY, Math.atan2(z.im, z.re));
            return new C(Double.NaN, Double.NaN);
        }
        if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
            re = Math.log(Libm.hypot(ax / 2., ay / 2.)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0. || ay > 0.) {
                re = Math.log(Libm.hypot(Libm.scalb(ax, 53), Libm.scalb(ay, 53))) - 53 * LN2;
            } else {
                domainError[0] = true;
                return new C(Double.NEGATIVE_INFINITY, Math.atan2(z.im, z.re));
            }
        } else {
            double h = Libm.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                re = Libm.log1p((am - 1) * (am + 1) + an * an) / 2.;
            } else {
                re = Math.log(h);
            }
        }
        return new C(re, Math.atan2(z.im, z.re));
    }

    static C exp(C z) {
        double l;
        if (z.re > LOG_LARGE_DOUBLE) {
            l = Math.exp(z.re - 1.);
            return new C(l * Math.cos(z.im) * Math.E, l * Math.sin(z.im) * Math.E);
        }
        l = Math.exp(z.re);
        double im = z.im == 0 ? z.im * l : l * Math.sin(z.im);
        return new C(l * Math.cos(z.im), im);
    }

    static C cosh(C z) {
        if (Math.abs(z.re) > LOG_LARGE_DOUBLE) {
            double x = z.re - Math.copySign(1., z.re);
            return new C(Math.cos(z.im) * cosh(x) * Math.E, Math.sin(z.im) * sinh(x) * Math.E);
        }
        return new C(Math.cos(z.im) * cosh(z.re), Math.sin(z.im) * sinh(z.re));
    }

    static C sinh(C z) {
        if (Math.abs(z.re) > LOG_LARGE_DOUBLE) {
            double x = z.re - Math.copySign(1., z.re);
            return new C(Math.cos(z.im) * sinh(x) * Math.E, Math.sin(z.im) * cosh(x) * Math.E);
        }
        return new C(Math.cos(z.im) * sinh(z.re), Math.sin(z.im) * cosh(z.re));
    }

    static C tanh(C z) {
        if (Math.abs(z.re) > LOG_LARGE_DOUBLE) {
            return new C(Math.copySign(1., z.re), 4. * Math.sin(z.im) * Math.cos(z.im) * Math.exp(-2. * Math.abs(z.re)));
        }
        double tx = Libm.tanh(z.re), ty = Math.tan(z.im), cx = 1. / cosh(z.re);
        double txty = tx * ty, denom = 1. + txty * txty;
        return new C(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    static C asinh(C z) {
        if (Math.abs(z.re) > SQRT_LARGE_DOUBLE || Math.abs(z.im) > SQRT_LARGE_DOUBLE) {
            double l = Math.log(Libm.hypot(z.re / 2., z.im / 2.)) + LN2 * 2.;
            double re = z.im >= 0. ? Math.copySign(l, z.re) : -Math.copySign(l, -z.re);
            return new C(re, Math.atan2(z.im, Math.abs(z.re)));
        }
        C s1 = sqrt(new C(1. + z.im, -z.re));
        C s2 = sqrt(new C(1. - z.im, z.re));
        return new C(asinh(s1.re * s2.im - s2.re * s1.im), Math.atan2(z.im, s1.re * s2.re - s1.im * s2.im));
    }

    static C acos(C z) {
        if (Math.abs(z.re) > SQRT_LARGE_DOUBLE || Math.abs(z.im) > SQRT_LARGE_DOUBLE) {
            double re = Math.atan2(Math.abs(z.im), z.re);
            double l = Math.log(Libm.hypot(z.re / 2., z.im / 2.)) + LN2 * 2.;
            double im = z.re < 0. ? -Math.copySign(l, z.im) : Math.copySign(l, -z.im);
            return new C(re, im);
        }
        C s1 = sqrt(new C(1. - z.re, -z.im));
        C s2 = sqrt(new C(1. + z.re, z.im));
        return new C(2. * Math.atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re));
    }

    static C acosh(C z) {
        if (Math.abs(z.re) > SQRT_LARGE_DOUBLE || Math.abs(z.im) > SQRT_LARGE_DOUBLE) {
            return new C(Math.log(Libm.hypot(z.re / 2., z.im / 2.)) + LN2 * 2., Math.atan2(z.im, z.re));
        }
        C s1 = sqrt(new C(z.re - 1., z.im));
        C s2 = sqrt(new C(z.re + 1., z.im));
        return new C(asinh(s1.re * s2.re + s1.im * s2.im), 2. * Math.atan2(s1.im, s2.re));
    }

    static C atanh(C z, boolean[] domainError) {
        if (z.re < 0.) {
            C r = atanh(new C(-z.re, -z.im), domainError);
            return new C(-r.re, -r.im);
        }
        double ay = Math.abs(z.im);
        if (z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
            double h = Libm.hypot(z.re / 2., z.im / 2.);
            return new C(z.re / 4. / h / h, -Math.copySign(Math.PI / 2., -z.im));
        }
        if (z.re == 1. && ay < SQRT_DBL_MIN) {
            if (ay == 0.) {
                domainError[0] = true;
                return new C(Double.POSITIVE_INFINITY, z.im);
            }
            return new C(-Math.log(Math.sqrt(ay) / Math.sqrt(Libm.hypot(ay, 2.))), Math.copySign(Math.atan2(2., -ay) / 2, z.im));
        }
        return new C(Libm.log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.,
                -Math.atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.);
    }

    /** Multiplying by i and back: f(z) = -i g(iz). */
    static C rotIn(C z) { return new C(-z.im, z.re); }
    static C rotOut(C s) { return new C(s.im, -s.re); }

    static C quot(C a, C b, boolean[] domainError) {
        double abr = Math.abs(b.re), abi = Math.abs(b.im);
        if (abr >= abi) {
            if (abr == 0.0) { domainError[0] = true; return new C(0., 0.); }
            double ratio = b.im / b.re, denom = b.re + b.im * ratio;
            return new C((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        } else if (abi >= abr) {
            double ratio = b.re / b.im, denom = b.re * ratio + b.im;
            return new C((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        return new C(Double.NaN, Double.NaN);
    }

    // ---- binding ------------------------------------------------------------------------------

    static C arg(PyObject o) {
        if (o instanceof PyComplex c) return new C(c.re, c.im);
        if (o instanceof PyFloat f) return new C(f.v, 0.0);
        if (o instanceof PyInt i) return new C(i.toDouble(), 0.0);
        PyObject m = o.type.lookup(S.__complex__);
        if (m != null) {
            PyObject r = Ops.callMethod(m, o);
            if (!(r instanceof PyComplex c)) throw Exc.type("__complex__ returned non-complex (type " + r.type.name + ")");
            return new C(c.re, c.im);
        }
        return new C(MathModule.d(o), 0.0);
    }

    interface F1 { C f(C z, boolean[] domainError); }

    /** Kind of error a function reports when a finite argument gives an infinite result. */
    enum Overflow { RANGE, DOMAIN }

    static PyObject result(C z, C r, boolean domainError, Overflow inf) {
        if (domainError) throw MathModule.domain();
        if (finite(z.re) && finite(z.im)) {
            // overflow is detected first (CPython sets ERANGE from an infinite part)
            if (inf == Overflow.RANGE && (Double.isInfinite(r.re) || Double.isInfinite(r.im))) throw Exc.overflow("math range error");
            if (Double.isNaN(r.re) || Double.isNaN(r.im)) throw MathModule.domain();
            if (Double.isInfinite(r.re) || Double.isInfinite(r.im)) {
                throw inf == Overflow.RANGE ? Exc.overflow("math range error") : MathModule.domain();
            }
        }
        return new PyComplex(r.re, r.im);
    }

    // ---- non-finite arguments: CPython's special-value tables ------------------------------

    static final java.util.HashMap<String, String[]> SPECIAL = new java.util.HashMap<>();

    /** CPython's classification: NINF, NEG, NZERO, PZERO, POS, PINF, NAN. */
    static int cls(double x) {
        if (Double.isNaN(x)) return 6;
        if (Double.isInfinite(x)) return x < 0 ? 0 : 5;
        if (x == 0) return Math.copySign(1.0, x) < 0 ? 2 : 3;
        return x < 0 ? 1 : 4;
    }

    /** The 49 cells of a table (no String.split: it is regex-based). */
    static String[] splitCells(String t) {
        String[] out = new String[49];
        int start = 0;
        for (int i = 0; i < 49; i++) {
            int end = t.indexOf(';', start);
            if (end < 0) end = t.length();
            out[i] = t.substring(start, end);
            start = end + 1;
        }
        return out;
    }

    static double parse(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> pyjama.python.parser.DecimalFloat.parse(s);
        };
    }

    /** The result for a non-finite argument, or null when the cell is computed by {@link #dynamic}. */
    static C special(String fn, C z) {
        String[] cells = SPECIAL.get(fn);
        if (cells == null) {
            cells = splitCells(CmathSpecialValues.table(fn));
            SPECIAL.put(fn, cells);
        }
        String cell = cells[cls(z.re) * 7 + cls(z.im)];
        switch (cell) {
            case "dyn": return dynamic(fn, z);
            case "ValueError": throw MathModule.domain();
            case "OverflowError": throw Exc.overflow("math range error");
            default: {
                int comma = cell.indexOf(',');
                return new C(parse(cell.substring(0, comma)), parse(cell.substring(comma + 1)));
            }
        }
    }

    /** Infinite real part, finite non-zero imaginary part: signs follow cos and sin of it. */
    static C dynamic(String fn, C z) {
        double inf = Double.POSITIVE_INFINITY;
        switch (fn) {
            case "exp": {
                double c = Math.cos(z.im), s = Math.sin(z.im);
                return z.re > 0 ? new C(Math.copySign(inf, c), Math.copySign(inf, s)) : new C(Math.copySign(0., c), Math.copySign(0., s));
            }
            case "cosh": {
                double c = Math.cos(z.im), s = Math.sin(z.im);
                return z.re > 0 ? new C(Math.copySign(inf, c), Math.copySign(inf, s)) : new C(Math.copySign(inf, c), -Math.copySign(inf, s));
            }
            case "sinh": {
                double c = Math.cos(z.im), s = Math.sin(z.im);
                return z.re > 0 ? new C(Math.copySign(inf, c), Math.copySign(inf, s)) : new C(-Math.copySign(inf, c), Math.copySign(inf, s));
            }
            case "tanh":
                return new C(z.re > 0 ? 1.0 : -1.0, Math.copySign(0., 2. * Math.sin(z.im) * Math.cos(z.im)));
            case "sin": return rotOut(dynamic("sinh", rotIn(z)));
            case "cos": return dynamic("cosh", rotIn(z));
            case "tan": return rotOut(dynamic("tanh", rotIn(z)));
            default: return new C(Double.NaN, Double.NaN);
        }
    }

    static void fn(PyModule m, String name, Overflow inf, F1 f) {
        m.def(name, Fn.of1(name, x -> {
            C z = arg(x);
            if (!finite(z.re) || !finite(z.im)) {
                C r = special(name, z);
                return new PyComplex(r.re, r.im);
            }
            boolean[] dom = new boolean[1];
            C r = f.f(z, dom);
            return result(z, r, dom[0], inf);
        }));
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("cmath");
        m.set("pi", new PyFloat(Math.PI));
        m.set("e", new PyFloat(Math.E));
        m.set("tau", new PyFloat(2 * Math.PI));
        m.set("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.set("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY));
        m.set("nan", new PyFloat(Double.NaN));
        m.set("nanj", new PyComplex(0.0, Double.NaN));
        fn(m, "sqrt", Overflow.DOMAIN, (z, d) -> sqrt(z));
        fn(m, "exp", Overflow.RANGE, (z, d) -> exp(z));
        fn(m, "log10", Overflow.DOMAIN, (z, d) -> { C r = log(z, d); return new C(r.re / LN10, r.im / LN10); });
        fn(m, "cosh", Overflow.RANGE, (z, d) -> cosh(z));
        fn(m, "sinh", Overflow.RANGE, (z, d) -> sinh(z));
        fn(m, "tanh", Overflow.RANGE, (z, d) -> tanh(z));
        fn(m, "cos", Overflow.RANGE, (z, d) -> cosh(rotIn(z)));
        fn(m, "sin", Overflow.RANGE, (z, d) -> rotOut(sinh(rotIn(z))));
        fn(m, "tan", Overflow.RANGE, (z, d) -> rotOut(tanh(rotIn(z))));
        fn(m, "asinh", Overflow.DOMAIN, (z, d) -> asinh(z));
        fn(m, "acosh", Overflow.DOMAIN, (z, d) -> acosh(z));
        fn(m, "atanh", Overflow.DOMAIN, CmathModule::atanh);
        fn(m, "asin", Overflow.DOMAIN, (z, d) -> rotOut(asinh(rotIn(z))));
        fn(m, "acos", Overflow.DOMAIN, (z, d) -> acos(z));
        fn(m, "atan", Overflow.DOMAIN, (z, d) -> rotOut(atanh(rotIn(z), d)));
        m.def("log", (a, kw) -> {
            PyObject[] p = Args.parse("log", a, kw, 0, new String[] { "x", "base", "/" }, 1);
            C z = arg(p[0]);
            boolean[] dom = new boolean[1];
            C r = finite(z.re) && finite(z.im) ? log(z, dom) : special("log", z);
            if (p[1] != null) {
                C b = arg(p[1]);
                C lb = finite(b.re) && finite(b.im) ? log(b, dom) : special("log", b);
                r = quot(r, lb, dom);
            }
            if (dom[0]) throw MathModule.domain();
            return new PyComplex(r.re, r.im);
        });
        m.def("phase", Fn.of1("cmath.phase", x -> { C z = arg(x); return new PyFloat(Math.atan2(z.im, z.re)); }));
        m.def("polar", Fn.of1("cmath.polar", x -> {
            C z = arg(x);
            double r = Libm.hypot(z.re, z.im);
            if (Double.isInfinite(r) && finite(z.re) && finite(z.im)) throw Exc.overflow("math range error");
            return PyTuple.of(new PyFloat(r), new PyFloat(Math.atan2(z.im, z.re)));
        }));
        m.def("rect", Fn.of2("cmath.rect", (rr, pp) -> {
            double r = MathModule.d(rr), phi = MathModule.d(pp);
            if (!finite(r) || !finite(phi)) {
                if (Double.isInfinite(r) && finite(phi) && phi != 0.) {
                    double c = Math.cos(phi), s = Math.sin(phi);
                    return r > 0 ? new PyComplex(Math.copySign(Double.POSITIVE_INFINITY, c), Math.copySign(Double.POSITIVE_INFINITY, s))
                            : new PyComplex(-Math.copySign(Double.POSITIVE_INFINITY, c), -Math.copySign(Double.POSITIVE_INFINITY, s));
                }
                C z = special("rect", new C(r, phi));
                return new PyComplex(z.re, z.im);
            }
            if (phi == 0.0) return new PyComplex(r, r * phi);
            return new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
        }));
        m.def("isfinite", Fn.of1("cmath.isfinite", x -> { C z = arg(x); return PyBool.of(finite(z.re) && finite(z.im)); }));
        m.def("isnan", Fn.of1("cmath.isnan", x -> { C z = arg(x); return PyBool.of(Double.isNaN(z.re) || Double.isNaN(z.im)); }));
        m.def("isinf", Fn.of1("cmath.isinf", x -> { C z = arg(x); return PyBool.of(Double.isInfinite(z.re) || Double.isInfinite(z.im)); }));
        m.def("isclose", (a, kw) -> {
            PyObject[] p = Args.parse("isclose", a, kw, 0, new String[] { "a", "b", "$rel_tol", "$abs_tol" }, 2);
            C x = arg(p[0]), y = arg(p[1]);
            double rel = p[2] == null ? 1e-9 : MathModule.d(p[2]), abs = p[3] == null ? 0.0 : MathModule.d(p[3]);
            if (rel < 0 || abs < 0) throw Exc.value("tolerances must be non-negative");
            if (x.re == y.re && x.im == y.im) return T.TRUE;
            if (Double.isInfinite(x.re) || Double.isInfinite(x.im) || Double.isInfinite(y.re) || Double.isInfinite(y.im)) return T.FALSE;
            double diff = Libm.hypot(x.re - y.re, x.im - y.im);
            double ax = Libm.hypot(x.re, x.im), ay = Libm.hypot(y.re, y.im);
            return PyBool.of(diff <= rel * ay || diff <= rel * ax || diff <= abs);
        });
        return m;
    }
}
