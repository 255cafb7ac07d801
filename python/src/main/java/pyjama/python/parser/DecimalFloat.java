package pyjama.python.parser;

import java.math.BigInteger;

/**
 * Decimal text to the nearest double (ties to even), exactly, for float literals and float().
 * Not Double.parseDouble: TeaVM 0.15's is inexact near and below the subnormal range
 * ("4.9e-324" and "3e-324" give 0.0, "1e-320" gives 9.99988867182683e-321), and the parser and
 * the runtime must read the same text as the same double on the JVM and on TeaVM's C backend.
 */
public final class DecimalFloat {
    private DecimalFloat() {}

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

    /**
     * Parses {@code [+-]digits[.digits][(e|E)[+-]digits]} (at least one digit in the
     * mantissa). Anything else goes to Double.parseDouble, which throws NumberFormatException
     * for what is not a Java float either.
     */
    public static double parse(String s) {
        int n = s.length(), i = 0;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) { neg = s.charAt(i) == '-'; i++; }
        StringBuilder digits = new StringBuilder();
        int fracDigits = 0;
        boolean any = false, dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                any = true;
                if (digits.length() > 0 || c != '0') digits.append(c);
                if (dot) fracDigits++;
            } else if (c == '.' && !dot) dot = true;
            else break;
        }
        if (!any) return Double.parseDouble(s);
        long exp10 = 0;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean eneg = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) { eneg = s.charAt(i) == '-'; i++; }
            int start = i;
            for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                if (exp10 < 100_000_000L) exp10 = exp10 * 10 + (s.charAt(i) - '0');
            }
            if (i == start) return Double.parseDouble(s);
            if (eneg) exp10 = -exp10;
        }
        if (i != n) return Double.parseDouble(s);
        double r = magnitude(digits, exp10 - fracDigits);
        return neg ? -r : r;
    }

    /** The double nearest to b (BigDecimal.doubleValue is inexact on TeaVM 0.15 too). */
    public static double of(java.math.BigDecimal b) {
        BigInteger u = b.unscaledValue();
        StringBuilder digits = new StringBuilder(u.abs().toString());
        if (digits.length() == 1 && digits.charAt(0) == '0') digits.setLength(0);
        double r = magnitude(digits, -(long) b.scale());
        return u.signum() < 0 ? -r : r;
    }

    /** The double nearest digits * 10^exp10 (digits without leading zeros, maybe empty). */
    private static double magnitude(StringBuilder digits, long exp10) {
        // drop trailing zeros into the exponent
        int len = digits.length();
        while (len > 0 && digits.charAt(len - 1) == '0') { len--; exp10++; }
        if (len == 0) return 0.0;
        if (len + exp10 > 310) return Double.POSITIVE_INFINITY;
        if (len + exp10 < -330) return 0.0;
        // exact fast path: both the integer and the power of ten are exact doubles
        if (len <= 15 && Math.abs(exp10) <= 22) {
            double m = Long.parseLong(digits.substring(0, len));
            return exp10 >= 0 ? m * POW10[(int) exp10] : m / POW10[(int) -exp10];
        }
        BigInteger num = new BigInteger(digits.substring(0, len));
        BigInteger den = BigInteger.ONE;
        if (exp10 >= 0) num = num.multiply(BigInteger.TEN.pow((int) exp10));
        else den = BigInteger.TEN.pow((int) -exp10);
        return nearest(num, den);
    }

    /** The double nearest num / den (both positive), ties to even; infinity when too big. */
    public static double nearest(BigInteger num, BigInteger den) {
        if (num.signum() == 0) return 0.0;
        // value = num/den = q * 2^e with 2^52 <= q < 2^53 (or smaller, for subnormals)
        int e = num.bitLength() - den.bitLength() - 53;
        while (true) {
            if (e < -1074) e = -1074;
            BigInteger a = num, b = den;
            if (e < 0) a = a.shiftLeft(-e);
            else b = b.shiftLeft(e);
            BigInteger[] qr = a.divideAndRemainder(b);
            BigInteger q = qr[0];
            if (q.bitLength() > 53) { e++; continue; } // estimate one too low
            if (q.bitLength() < 53 && e > -1074) { e--; continue; } // one too high
            int cmp = qr[1].shiftLeft(1).compareTo(b);
            long m = q.longValue();
            if (cmp > 0 || (cmp == 0 && (m & 1) != 0)) m++;
            if (m == 1L << 53) { m >>= 1; e++; }
            if (m < 1L << 52) return Double.longBitsToDouble(m); // subnormal (e == -1074)
            int biased = e + 52 + 1023;
            if (biased >= 2047) return Double.POSITIVE_INFINITY;
            return Double.longBitsToDouble(((long) biased << 52) | (m & ((1L << 52) - 1)));
        }
    }
}
