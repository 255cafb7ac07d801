package pyjama.python.runtime;

/**
 * The java.lang.Math functions whose TeaVM 0.15 versions are naive formulas rather than libm
 * calls, rewritten so that the interpreter gives the same float results on the JVM and on
 * TeaVM's C backend (and CPython's, which uses the C libm). TeaVM computes, for instance,
 * {@code rint(x)} as {@code (double) round(x)} (0.5 rounds to 1, big values saturate),
 * {@code log10(x)} as {@code log(x) / ln 10} (log10(1000) = 2.9999999999999996),
 * {@code log1p(x)} as {@code log(1 + x)}, {@code expm1(x)} as {@code exp(x) - 1} (both lose
 * everything for tiny x), {@code tanh} as a quotient of exps (NaN for big x), {@code hypot} as
 * {@code sqrt(x*x + y*y)} (overflows), {@code cbrt} as {@code pow(x, 1/3)}, and {@code ulp}
 * and {@code scalb} wrongly (scalb overflowed to infinity for results well inside the range).
 * Only exp, log, sqrt, pow, floor, ceil and the trigonometric functions reach C's libm there, so
 * everything here is built from those plus exact bit manipulation. Use these instead of Math's
 * in the interpreter.
 */
public final class Libm {
    private Libm() {}

    private static final double LN2 = 0.6931471805599453;
    /** log10(2) split so that k * LOG10_2HI is exact for any binary exponent k. */
    private static final double LOG10_2HI = 0.30102999566361177, LOG10_2LO = 3.694239077158931e-13;
    private static final double INV_LN10 = 0.4342944819032518;
    private static final double TWO52 = 0x1p52;

    /** Round half to even (Math.rint). */
    public static double rint(double x) {
        double a = Math.abs(x);
        if (!(a < TWO52)) return x; // already integral, or NaN/infinite
        double r = (a + TWO52) - TWO52; // the addition rounds to an integer, half to even
        return Math.copySign(r, x);
    }

    public static double log10(double x) {
        if (Double.isNaN(x) || x < 0) return Double.NaN;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (Double.isInfinite(x)) return x;
        long bits = Double.doubleToRawLongBits(x);
        int k = 0;
        if ((bits >>> 52) == 0) { // subnormal: scale into the normal range
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            k = -54;
        }
        k += (int) (bits >>> 52) - 1023;
        // mantissa in [1, 2) for k >= 0, in [0.5, 1) (with k + 1) for k < 0, as fdlibm does
        int i = k < 0 ? 1 : 0;
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | ((long) (1023 - i) << 52));
        double y = k + i;
        double z = y * LOG10_2LO + INV_LN10 * Math.log(m);
        return z + y * LOG10_2HI;
    }

    /** log(1 + x), accurate for tiny x (Kahan's correction of the rounded 1 + x). */
    public static double log1p(double x) {
        if (Double.isNaN(x) || x < -1) return Double.NaN;
        if (x == -1) return Double.NEGATIVE_INFINITY;
        if (Double.isInfinite(x)) return x;
        double u = 1.0 + x;
        if (u == 1.0) return x; // keeps -0.0
        double d = u - 1.0;
        if (Math.abs(x) > 0.5) return Math.log(u) - ((d - x) / u); // first-order correction
        return Math.log(u) * (x / d);
    }

    /** exp(x) - 1, accurate for tiny x (Kahan's correction). */
    public static double expm1(double x) {
        if (Double.isNaN(x)) return x;
        if (x > 709.8) return Double.POSITIVE_INFINITY;
        if (x < -40) return -1.0;
        double u = Math.exp(x);
        if (u == 1.0) return x; // keeps -0.0
        double um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        if (Math.abs(x) > 0.5) return um1;
        return um1 * x / Math.log(u);
    }

    public static double sinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double a = Math.abs(x), h = x < 0 ? -0.5 : 0.5;
        if (a < 22) {
            if (a < 0x1p-28) return x;
            double t = expm1(a);
            if (a < 1) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (a < 709.78) return h * Math.exp(a);
        double w = Math.exp(0.5 * a); // exp(a) alone would overflow before the halving
        return (h * w) * w;
    }

    public static double cosh(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (Double.isInfinite(a)) return a;
        if (a < 0.5 * LN2) {
            double t = expm1(a), w = 1.0 + t;
            if (a < 0x1p-55) return w;
            return 1.0 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < 709.78) return 0.5 * Math.exp(a);
        double w = Math.exp(0.5 * a);
        return (0.5 * w) * w;
    }

    public static double tanh(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x), z;
        if (a >= 22) z = 1.0; // also +-infinity
        else if (a < 0x1p-55) return x;
        else if (a >= 1) z = 1.0 - 2.0 / (expm1(a + a) + 2.0);
        else {
            double t = expm1(-2.0 * a);
            z = -t / (t + 2.0);
        }
        return x < 0 ? -z : z;
    }

    public static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double a = Math.abs(x), w;
        if (a < 0x1p-28) return x;
        if (a > 0x1p28) w = Math.log(a) + LN2;
        else if (a > 2) w = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        else {
            double t = x * x;
            w = log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return x < 0 ? -w : w;
    }

    /** acosh for x >= 1 (the caller raises the domain error). */
    public static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) return Double.NaN;
        if (x >= 0x1p28) return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        if (x == 1) return 0.0;
        if (x > 2) return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        double t = x - 1.0;
        return log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** atanh for |x| < 1 (the caller raises the domain error). */
    public static double atanh(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x), t;
        if (a < 0x1p-28) return x;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * log1p(t + t * a / (1.0 - a));
        } else {
            t = 0.5 * log1p((a + a) / (1.0 - a));
        }
        return x < 0 ? -t : t;
    }

    /** sqrt(x*x + y*y) without overflow or underflow, corrected to within rounding. */
    public static double hypot(double x, double y) {
        double a = Math.abs(x), b = Math.abs(y);
        if (Double.isInfinite(a) || Double.isInfinite(b)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        if (a < b) { double t = a; a = b; b = t; }
        if (b == 0) return a;
        if (a > 0x1p60 * b) return a + b; // b is below half an ulp of the result
        // scale a into [1, 2) by an exact power of two so that the squares neither overflow
        // nor lose bits to underflow
        if (a < 0x1p-900) return hypot(a * 0x1p600, b * 0x1p600) * 0x1p-600;
        int e = Math.getExponent(a);
        double scale = pow2(-e), a1 = a * scale, b1 = b * scale;
        double h = Math.sqrt(a1 * a1 + b1 * b1);
        // one Newton step on the exact residual a1^2 + b1^2 - h^2 (Dekker products)
        double r = (twoSquareResidual(a1) + twoSquareResidual(b1) - twoSquareResidual(h)) + (a1 * a1 - h * h) + b1 * b1;
        h += r / (2.0 * h);
        return h * pow2(e);
    }

    /** The rounding error of v*v (v*v - fl(v*v)), exactly, by Dekker's splitting. */
    private static double twoSquareResidual(double v) {
        double p = v * v;
        double c = 134217729.0 * v; // 2^27 + 1
        double hi = c - (c - v), lo = v - hi;
        return ((hi * hi - p) + 2.0 * hi * lo) + lo * lo;
    }

    /** 2^n for -1074 <= n <= 1023, exactly. */
    private static double pow2(int n) {
        if (n >= -1022) return Double.longBitsToDouble((long) (n + 1023) << 52);
        return Double.longBitsToDouble(1L << (n + 1074));
    }

    /**
     * x * 2^n with one rounding (Math.scalb). Multiplies by exact powers of two; a result that
     * ends subnormal is reached by a first step that stays normal (2^-969 keeps 53 bits of room),
     * so only the final multiplication rounds.
     */
    public static double scalb(double x, int n) {
        if (n > 1023) {
            x *= 0x1p1023;
            n -= 1023;
            if (n > 1023) {
                x *= 0x1p1023;
                n = Math.min(n - 1023, 1023);
            }
        } else if (n < -1022) {
            x *= 0x1p-969;
            n += 969;
            if (n < -1022) {
                x *= 0x1p-969;
                n = Math.max(n + 969, -1022);
            }
        }
        return x * pow2(n);
    }

    /**
     * frexp's exponent: the e with x = m * 2^e and 0.5 <= |m| < 1, for finite nonzero x,
     * subnormals included (Math.getExponent says -1023 for every one of them).
     */
    static int frexpExponent(double x) {
        if (Math.abs(x) < Double.MIN_NORMAL) return Math.getExponent(x * 0x1p54) + 1 - 54;
        return Math.getExponent(x) + 1;
    }

    public static double cbrt(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) return x;
        double a = Math.abs(x);
        double y = Math.pow(a, 1.0 / 3.0);
        // Newton steps on y^3 = a, then pick the closest of the neighbours
        y = y - (y * y * y - a) / (3.0 * y * y);
        double best = y, bestErr = Math.abs(cubeError(y, a));
        long yb = Double.doubleToRawLongBits(y);
        for (double c : new double[] { Double.longBitsToDouble(yb + 1), Double.longBitsToDouble(yb - 1) }) {
            double err = Math.abs(cubeError(c, a));
            if (err < bestErr) { best = c; bestErr = err; }
        }
        return x < 0 ? -best : best;
    }

    /** y^3 - a, with y^2 and y^3 as double-doubles (enough to order neighbouring candidates). */
    private static double cubeError(double y, double a) {
        double y2 = y * y, y2lo = twoSquareResidual(y);
        double y3 = y2 * y;
        double c = 134217729.0 * y2, h1 = c - (c - y2), l1 = y2 - h1;
        double d = 134217729.0 * y, h2 = d - (d - y), l2 = y - h2;
        double y3lo = ((h1 * h2 - y3) + h1 * l2 + l1 * h2) + l1 * l2 + y2lo * y;
        return (y3 - a) + y3lo;
    }

    /** IEEE 754 remainder, exact: x - n*y with n the integer nearest x/y, ties to even. */
    public static double remainder(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || y == 0) return Double.NaN;
        if (Double.isInfinite(y)) return x;
        double ax = Math.abs(x), ay = Math.abs(y);
        double m = ax % ay; // fmod: exact
        double c = ay - m, r;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else {
            // a tie: the quotient's parity decides; (ax - m) / ay is an integer, even when
            // half of it leaves no remainder modulo ay
            double half = (0.5 * (ax - m)) % ay;
            r = half == 0 ? m : -m;
        }
        return x < 0 ? -r : r;
    }

    /** The distance from |x| to the next double away from zero (Math.ulp). */
    public static double ulp(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(a)) return a;
        if (Double.isInfinite(a)) return a;
        if (a == Double.MAX_VALUE) return a - Double.longBitsToDouble(Double.doubleToRawLongBits(a) - 1);
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) + 1) - a;
    }
}
