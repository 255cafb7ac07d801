package pyjama.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * float to text as CPython does it: repr is the shortest string that round-trips, with
 * CPython's choice between positional and exponent notation; the 'e'/'f'/'g' formats are
 * correctly rounded (half-even on the exact binary value, via BigDecimal).
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** Shortest round-trip digits (no leading/trailing zeros) and decimal point position. */
    record Digits(String digits, int decpt) {}

    /**
     * x rounded to p significant digits, half to even. Not x.round(new MathContext(p,
     * HALF_EVEN)): TeaVM 0.15's BigDecimal.round rounds 1.5 to one digit as 1 (its precision() is
     * wrong). setScale is right on both.
     */
    static BigDecimal roundSignificant(BigDecimal x, int p) {
        if (x.signum() == 0 || digitCount(x) <= p) return x;
        int scale = x.scale() - (digitCount(x) - p);
        BigDecimal r = x.setScale(scale, RoundingMode.HALF_EVEN);
        // a carry (9.96 -> 10.0) makes one digit too many; dropping a trailing zero is exact
        if (digitCount(r) > p) r = r.setScale(scale - 1, RoundingMode.HALF_EVEN);
        return r;
    }

    /**
     * The number of digits of x's unscaled value. Not BigDecimal.precision(): TeaVM 0.15's
     * overestimates it (999999999999999.875 rounded to 16 digits came out as 1000000000000000).
     */
    static int digitCount(BigDecimal x) {
        return x.unscaledValue().abs().toString().length();
    }

    static Digits shortest(double d) {
        String s = Double.toString(Math.abs(d));
        int ePos = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (ePos >= 0) { exp = Integer.parseInt(s.substring(ePos + 1)); mant = s.substring(0, ePos); }
        int dot = mant.indexOf('.');
        String intPart = dot < 0 ? mant : mant.substring(0, dot);
        String frac = dot < 0 ? "" : mant.substring(dot + 1);
        String all = intPart + frac;
        int decpt = intPart.length() + exp;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') { lead++; decpt--; }
        all = all.substring(lead);
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') end--;
        all = all.substring(0, end);
        // Guard against a non-shortest Double.toString (older runtimes) and a wrong one (TeaVM
        // 0.15 gives 1.2345678901234566E16 for 1.2345678901234568E16, and non-shortest digits for
        // subnormals: 9.99988867182683E-321 for 1e-320): search upwards.
        if (all.length() >= 16 || (all.length() == 2 && ePos >= 0) || Math.abs(d) < Double.MIN_NORMAL
                || pyjama.python.parser.DecimalFloat.parse(all + "e" + (decpt - all.length())) != Math.abs(d)) {
            BigDecimal exact = new BigDecimal(Math.abs(d));
            for (int p = 1; p <= 17; p++) {
                BigDecimal r = roundSignificant(exact, p);
                // not r.doubleValue(): TeaVM's is not exact either
                if (!roundTrips(r, d)) {
                    // the p-digit neighbour on the other side of the exact value may still round-trip
                    // (2**-24 is 5.960464477539063e-08: below a power of two the doubles are denser)
                    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-r.scale());
                    r = r.compareTo(exact) < 0 ? r.add(unit) : r.subtract(unit);
                    if (digitCount(r) != p || !roundTrips(r, d)) continue;
                }
                String u = r.unscaledValue().toString();
                int dp = u.length() - r.scale();
                int e2 = u.length();
                while (e2 > 1 && u.charAt(e2 - 1) == '0') e2--;
                return new Digits(u.substring(0, e2), dp);
            }
        }
        return new Digits(all, decpt);
    }

    static boolean roundTrips(BigDecimal r, double d) {
        return pyjama.python.parser.DecimalFloat.parse(r.unscaledValue() + "e" + (-r.scale())) == Math.abs(d);
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        Digits dg = shortest(d);
        StringBuilder sb = new StringBuilder();
        if (d < 0) sb.append('-');
        String digits = dg.digits;
        int decpt = dg.decpt;
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            appendExp(sb, decpt - 1);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) sb.append('0');
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) sb.append('0');
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    static void appendExp(StringBuilder sb, int e) {
        sb.append('e').append(e < 0 ? '-' : '+');
        int a = Math.abs(e);
        if (a < 10) sb.append('0');
        sb.append(a);
    }

    /** 'f' format of |d| with prec digits after the point (no sign). */
    static String fixed(double d, int prec) {
        BigDecimal b = new BigDecimal(Math.abs(d)).setScale(prec, RoundingMode.HALF_EVEN);
        return b.toPlainString();
    }

    /** 'e' format of |d| (no sign). */
    static String exponent(double d, int prec, boolean alt) {
        double a = Math.abs(d);
        String digits;
        int exp;
        if (a == 0) {
            StringBuilder z = new StringBuilder();
            for (int i = 0; i <= prec; i++) z.append('0');
            digits = z.toString();
            exp = 0;
        } else {
            BigDecimal r = roundSignificant(new BigDecimal(a), prec + 1);
            String u = r.unscaledValue().toString();
            exp = u.length() - r.scale() - 1;
            StringBuilder z = new StringBuilder(u);
            while (z.length() < prec + 1) z.append('0');
            digits = z.substring(0, prec + 1);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (prec > 0 || alt) sb.append('.');
        sb.append(digits, 1, digits.length());
        appendExp(sb, exp);
        return sb.toString();
    }

    /** 'g' format of |d| (no sign). */
    static String general(double d, int prec, boolean alt) {
        if (prec == 0) prec = 1;
        double a = Math.abs(d);
        int exp;
        if (a == 0) exp = 0;
        else {
            BigDecimal r = roundSignificant(new BigDecimal(a), prec);
            exp = digitCount(r) - r.scale() - 1;
        }
        String s;
        if (exp >= -4 && exp < prec) {
            s = fixed(a, prec - 1 - exp);
            if (!alt) s = stripZeros(s);
            else if (s.indexOf('.') < 0) s = s + ".";
        } else {
            s = exponent(a, prec - 1, alt);
            if (!alt) {
                int e = s.indexOf('e');
                s = stripZeros(s.substring(0, e)) + s.substring(e);
            }
        }
        return s;
    }

    static String stripZeros(String s) {
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
    }

    /** The format used by str/format with no type: repr-like, but honouring precision as 'g'. */
    static String noType(double d, int prec) {
        if (prec < 0) return repr(Math.abs(d));
        String s = general(d, prec, false);
        if (s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf('n') < 0) s = s + ".0";
        return s;
    }

    /** format(d, spec). */
    public static String format(double d, FormatSpec spec) {
        char type = spec.type;
        int prec = spec.precision;
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        if (spec.noNegZero && neg && d == 0) neg = false;
        String body;
        if (Double.isNaN(d)) { body = type == '%' ? "nan%" : "nan"; neg = false; if (Double.doubleToRawLongBits(d) < 0) neg = true; }
        else if (Double.isInfinite(d)) body = type == '%' ? "inf%" : "inf";
        else {
            switch (type) {
                case 'f': case 'F': body = fixed(d, prec < 0 ? 6 : prec); if (spec.alt && body.indexOf('.') < 0) body += "."; break;
                case 'e': case 'E': body = exponent(d, prec < 0 ? 6 : prec, spec.alt); break;
                case 'g': case 'G': body = general(d, prec < 0 ? 6 : prec, spec.alt); break;
                case 'n': body = general(d, prec < 0 ? 6 : prec, spec.alt); break;
                case '%': body = fixed(d * 100, prec < 0 ? 6 : prec) + "%"; break;
                case 0: body = noType(d, prec); break;
                default: throw Exc.value("Unknown format code '" + type + "' for object of type 'float'");
            }
            if (spec.noNegZero && neg && isZeroText(body)) neg = false;
        }
        if (Character.isUpperCase(type)) body = body.toUpperCase();
        return spec.pad(applyGrouping(body, spec), neg, true);
    }

    static boolean isZeroText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') return false;
            if (c == 'e' || c == 'E') break;
        }
        return true;
    }

    static String applyGrouping(String body, FormatSpec spec) {
        if (spec.grouping == 0) return body;
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) end++;
        return FormatSpec.group(body.substring(0, end), spec.grouping, 3) + body.substring(end);
    }

    /** Correctly rounded a / b for big ints. */
    static double divideBig(BigInteger a, BigInteger b) {
        // exact (not BigDecimal.divide with a MathContext: TeaVM 0.15 rounds those wrongly)
        double d = pyjama.python.parser.DecimalFloat.nearest(a.abs(), b.abs());
        if (a.signum() * b.signum() < 0) d = -d;
        if (Double.isInfinite(d)) throw Exc.overflow("integer division result too large for a float");
        return d;
    }
}
