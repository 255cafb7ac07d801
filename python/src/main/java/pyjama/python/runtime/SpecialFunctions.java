package pyjama.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

import pyjama.python.parser.DecimalFloat;

/**
 * math.gamma, lgamma, erf and erfc.
 *
 * <p>gamma and lgamma are CPython's own (mathmodule.c's m_tgamma and m_lgamma: Lanczos'
 * approximation with CPython's coefficients, the reflection formula for negative arguments and
 * exact factorials for small integers), so they give CPython's results given the same exp, log,
 * pow, sin and cos. CPython takes erf and erfc from the C library (within an ulp or so); here
 * they are computed in 320-bit fixed point and rounded once, so they are correctly rounded
 * (the series for |x| <= 6, a continued fraction for erfc beyond).
 */
final class SpecialFunctions {
    private SpecialFunctions() {}

    // ---- gamma, lgamma (CPython's m_tgamma, m_lgamma) ---------------------------------------

    static final double PI = 3.141592653589793238462643383279502884197;
    static final double LOG_PI = 1.144729885849400174143427351353058711647;
    static final double LANCZOS_G = 6.024680040776729583740234375;
    static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    /** The denominator x(x+1)...(x+11) as a polynomial. */
    static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
        1925.0, 66.0, 1.0,
    };
    /** 0! .. 22!, exact in binary64. */
    static final double[] GAMMA_INTEGRAL = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
        6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
        121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
    };

    /** The rational function of Lanczos' approximation; in 1/x above 5 so that it cannot overflow. */
    static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        int n = LANCZOS_NUM.length;
        if (x < 5.0) {
            for (int i = n - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x), exact at the integers and half-integers. */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        double t = 2.0 * y;
        int n = (int) Math.floor(t);
        if (t - n >= 0.5) n++; // C's round(): half away from zero (t - floor(t) is exact)
        double r = switch (n) {
            case 0 -> Math.sin(PI * y);
            case 1 -> Math.cos(PI * (y - 0.5));
            case 2 -> Math.sin(PI * (1.0 - y)); // not -sin(pi*(y-1)): that is -0.0 at y == 1
            case 3 -> -Math.cos(PI * (y - 1.5));
            default -> Math.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    /** math.gamma; NaN stands for a domain error, an infinity from a finite x for a range error. */
    static double gamma(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x > 0 || Double.isNaN(x) ? x : Double.NaN;
        if (x == 0.0) return Double.NaN; // CPython: ValueError (pole)
        if (x == Math.floor(x)) {
            if (x < 0.0) return Double.NaN;
            if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[(int) x - 1];
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return 1.0 / x;
        if (absx > 200.0) return x < 0.0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
        double y = absx + LANCZOS_G_MINUS_HALF, z;
        // the error of y, folded into a correction factor
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    /** math.lgamma; NaN stands for a domain error (the poles), infinity for a range error. */
    static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) return x <= 0.0 ? Double.NaN : 0.0;
        double absx = Math.abs(x);
        if (absx < 1e-20) return -Math.log(absx);
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = LOG_PI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r; // reflection
        return r;
    }

    // ---- erf, erfc: 320-bit fixed point, rounded once ---------------------------------------

    static final int P = 320;
    static final BigInteger ONE = BigInteger.ONE.shiftLeft(P);
    static final BigInteger PI_FIXED = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651")
            .multiply(new BigDecimal(ONE)).setScale(0, java.math.RoundingMode.HALF_EVEN).toBigInteger();
    /** sqrt(pi) and 2/sqrt(pi) in fixed point. */
    static final BigInteger SQRT_PI = isqrt(PI_FIXED.shiftLeft(P));
    static final BigInteger TWO_OVER_SQRT_PI = ONE.shiftLeft(P + 1).divide(SQRT_PI);
    static final BigInteger LN2 = ln2();

    static BigInteger isqrt(BigInteger n) {
        BigInteger x = BigInteger.ONE.shiftLeft(n.bitLength() / 2 + 1);
        while (true) {
            BigInteger y = x.add(n.divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) return x;
            x = y;
        }
    }

    /** ln 2 = 2 atanh(1/3) = 2 sum (1/3)^(2k+1) / (2k+1). */
    static BigInteger ln2() {
        BigInteger sum = BigInteger.ZERO, pow = ONE.divide(BigInteger.valueOf(3)), nine = BigInteger.valueOf(9);
        for (int k = 0; pow.signum() != 0; k++) {
            sum = sum.add(pow.divide(BigInteger.valueOf(2L * k + 1)));
            pow = pow.divide(nine);
        }
        return sum.shiftLeft(1);
    }

    /** x as a fixed-point number (exact for |x| >= 2**-P's worth of bits; erf/erfc take tiny x apart). */
    static BigInteger fixed(double x) {
        return new BigDecimal(x).multiply(new BigDecimal(ONE)).setScale(0, java.math.RoundingMode.HALF_EVEN).toBigInteger();
    }

    /** erf(x) for 0 <= x <= 6 in fixed point: 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1)). */
    static BigInteger erfFixed(BigInteger x) {
        BigInteger x2 = x.multiply(x).shiftRight(P);
        BigInteger term = x, sum = BigInteger.ZERO;
        for (int n = 0; term.signum() != 0; n++) {
            sum = sum.add(term.divide(BigInteger.valueOf(2L * n + 1)));
            term = term.multiply(x2).shiftRight(P).divide(BigInteger.valueOf(n + 1)).negate();
        }
        return sum.multiply(TWO_OVER_SQRT_PI).shiftRight(P);
    }

    static double toDouble(BigInteger fixedValue, int extraShift) {
        double r = DecimalFloat.nearest(fixedValue.abs(), BigInteger.ONE.shiftLeft(P + extraShift));
        return fixedValue.signum() < 0 ? -r : r;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax > 6.0) return Math.copySign(1.0, x); // 1 - erfc(6) already rounds to 1
        if (ax < 0x1p-60) {
            // erf(x) = 2x/sqrt(pi) (1 - x^2/3 + ...): the x^3 term is below the last bit
            if (x == 0.0) return x;
            int e = Math.getExponent(ax);
            int shift = e < -1022 ? 1074 : 52 - e; // ax = mant * 2**-shift exactly
            long mant = (long) Libm.scalb(ax, shift);
            double r = DecimalFloat.nearest(BigInteger.valueOf(mant).multiply(TWO_OVER_SQRT_PI), BigInteger.ONE.shiftLeft(P + shift));
            return Math.copySign(r, x);
        }
        BigInteger r = erfFixed(fixed(ax));
        return toDouble(x < 0 ? r.negate() : r, 0);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        if (x < 0) {
            if (x < -6.0) return 2.0;
            return toDouble(ONE.add(erfFixed(fixed(-x))), 0);
        }
        if (x < 0x1p-60) return 1.0;
        if (x <= 6.0) return toDouble(ONE.subtract(erfFixed(fixed(x))), 0);
        if (x > 28.0) return 0.0; // erfc(27.3) is already below the smallest subnormal
        return erfcTail(x);
    }

    /**
     * erfc(x) for x > 6: exp(-x^2) / sqrt(pi) * K(x), with the continued fraction
     * K(x) = 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated backwards.
     */
    static double erfcTail(double x) {
        BigInteger fx = fixed(x);
        BigInteger t = fx;
        for (int n = 200; n >= 1; n--) {
            BigInteger a = ONE.multiply(BigInteger.valueOf(n)).shiftRight(1); // n/2
            t = fx.add(a.shiftLeft(P).divide(t));
        }
        BigInteger k = ONE.shiftLeft(P).divide(t);
        // exp(-x^2) = 2^-q exp(-r), x^2 = q ln2 + r, 0 <= r < ln2
        BigInteger y = fx.multiply(fx).shiftRight(P);
        BigInteger q = y.divide(LN2);
        BigInteger r = y.subtract(q.multiply(LN2));
        BigInteger e = BigInteger.ZERO, term = ONE;
        for (int n = 1; term.signum() != 0; n++) {
            e = e.add(term);
            term = term.multiply(r).shiftRight(P).divide(BigInteger.valueOf(n)).negate();
        }
        BigInteger v = e.multiply(k).shiftRight(P).shiftLeft(P).divide(SQRT_PI);
        return toDouble(v, q.intValue());
    }
}
