package pyjama.python.runtime;

import java.math.BigInteger;

/** The format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
public final class FormatSpec {
    int fill = ' ';
    char align;
    char sign;
    boolean noNegZero;
    boolean alt;
    boolean zero;
    int width = -1;
    char grouping;
    int precision = -1;
    char type;

    static FormatSpec parse(String s, String typeName) {
        FormatSpec f = new FormatSpec();
        int[] cps = s.codePoints().toArray();
        int i = 0, n = cps.length;
        if (n >= 2 && isAlign(cps[1])) { f.fill = cps[0]; f.align = (char) cps[1]; i = 2; }
        else if (n >= 1 && isAlign(cps[0])) { f.align = (char) cps[0]; i = 1; }
        if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) f.sign = (char) cps[i++];
        if (i < n && cps[i] == 'z') { f.noNegZero = true; i++; }
        if (i < n && cps[i] == '#') { f.alt = true; i++; }
        if (i < n && cps[i] == '0') {
            f.zero = true;
            if (f.align == 0) { f.fill = '0'; f.align = '='; }
            i++;
        }
        int st = i;
        while (i < n && cps[i] >= '0' && cps[i] <= '9') i++;
        if (i > st) f.width = parseNum(cps, st, i);
        if (i < n && (cps[i] == ',' || cps[i] == '_')) {
            f.grouping = (char) cps[i++];
            if (i < n && (cps[i] == ',' || cps[i] == '_')) throw Exc.value("Cannot specify both ',' and '_'.");
        }
        if (i < n && cps[i] == '.') {
            i++;
            st = i;
            while (i < n && cps[i] >= '0' && cps[i] <= '9') i++;
            if (i == st) throw Exc.value("Format specifier missing precision");
            f.precision = parseNum(cps, st, i);
        }
        if (i < n) {
            if (n - i > 1) throw Exc.value("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
            f.type = (char) cps[i];
        }
        if (f.grouping != 0) {
            // PEP 378 and 515: which presentation types take a thousands separator
            char t = f.type != 0 ? f.type : typeName.equals("str") ? 's' : typeName.equals("int") ? 'd' : 0;
            boolean ok = "defgEGF%".indexOf(t) >= 0 || t == 0 || (f.grouping == '_' && "boxX".indexOf(t) >= 0);
            if (!ok) {
                throw Exc.value("Cannot specify '" + f.grouping + "' with " + (t > 32 && t < 128 ? "'" + t + "'" : "'\\x" + Integer.toHexString(t) + "'") + ".");
            }
        }
        return f;
    }

    static int parseNum(int[] cps, int s, int e) {
        long v = 0;
        for (int k = s; k < e; k++) {
            v = v * 10 + (cps[k] - '0');
            if (v > Integer.MAX_VALUE) throw Exc.value("Too many decimal digits in format string");
        }
        return (int) v;
    }

    static boolean isAlign(int c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

    /** Pads a (sign-less) body, adding the sign; numeric chooses right alignment by default. */
    String pad(String body, boolean negative, boolean numeric) {
        String signStr = "";
        if (numeric) {
            if (negative) signStr = "-";
            else if (sign == '+') signStr = "+";
            else if (sign == ' ') signStr = " ";
        }
        char al = align != 0 ? align : (numeric ? '>' : '<');
        int len = signStr.length() + body.codePointCount(0, body.length());
        if (width <= len) return signStr + body;
        int padN = width - len;
        String fillS = new String(Character.toChars(fill));
        if (al == '=') {
            if (zero && grouping != 0 && fill == '0') {
                // zero padding participates in grouping
                int digitsEnd = 0;
                while (digitsEnd < body.length() && (Character.isDigit(body.charAt(digitsEnd)) || body.charAt(digitsEnd) == grouping)) digitsEnd++;
                String intPart = body.substring(0, digitsEnd).replace(String.valueOf(grouping), "");
                String rest = body.substring(digitsEnd);
                int want = width - signStr.length() - rest.length();
                String g = group(intPart, grouping, 3);
                while (g.length() < want) { intPart = "0" + intPart; g = group(intPart, grouping, 3); }
                return signStr + g + rest;
            }
            return signStr + fillS.repeat(padN) + body;
        }
        String s = signStr + body;
        if (al == '<') return s + fillS.repeat(padN);
        if (al == '>') return fillS.repeat(padN) + s;
        int left = padN / 2;
        return fillS.repeat(left) + s + fillS.repeat(padN - left);
    }

    static String group(String digits, char sep, int every) {
        if (digits.length() <= every) return digits;
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % every;
        if (first == 0) first = every;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += every) sb.append(sep).append(digits, i, i + every);
        return sb.toString();
    }

    // ---- per type -------------------------------------------------------------------------------

    public static String formatStr(String s, String specText) {
        FormatSpec f = parse(specText, "str");
        if (f.type != 0 && f.type != 's') throw Exc.value("Unknown format code '" + f.type + "' for object of type 'str'");
        if (f.sign != 0) throw Exc.value("Sign not allowed in string format specifier");
        if (f.alt) throw Exc.value("Alternate form (#) not allowed in string format specifier");
        if (f.align == '=') throw Exc.value("'=' alignment not allowed in string format specifier");
        if (f.precision >= 0 && s.codePointCount(0, s.length()) > f.precision) s = s.substring(0, s.offsetByCodePoints(0, f.precision));
        return f.pad(s, false, false);
    }

    public static String formatInt(PyInt v, String specText) {
        if (specText.isEmpty()) return Ops.str(v).value;
        FormatSpec f = parse(specText, "int");
        char t = f.type;
        switch (t) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FloatFormat.format(v.toDouble(), f);
            default:
        }
        if (f.precision >= 0) throw Exc.value("Precision not allowed in integer format specifier");
        BigInteger b = v.toBig();
        boolean neg = b.signum() < 0;
        BigInteger a = b.abs();
        String body;
        String prefix = "";
        int every = 3;
        switch (t) {
            case 0: case 'd': case 'n': body = a.toString(); break;
            case 'b': body = a.toString(2); prefix = "0b"; every = 4; break;
            case 'o': body = a.toString(8); prefix = "0o"; every = 4; break;
            case 'x': body = a.toString(16); prefix = "0x"; every = 4; break;
            case 'X': body = a.toString(16).toUpperCase(); prefix = "0X"; every = 4; break;
            case 'c':
                if (f.sign != 0) throw Exc.value("Sign not allowed with integer format specifier 'c'");
                if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10ffff)) > 0) throw Exc.overflow("%c arg not in range(0x110000)");
                return f.pad(new String(Character.toChars(b.intValue())), false, false);
            case 's':
            default:
                throw Exc.value("Unknown format code '" + t + "' for object of type 'int'");
        }
        if (f.grouping == ',' && every == 4) throw Exc.value("Cannot specify ',' with '" + t + "'.");
        if (f.grouping != 0) {
            if (f.zero && f.align == '=' && f.fill == '0') {
                int want = f.width - (neg || f.sign == '+' || f.sign == ' ' ? 1 : 0) - (f.alt ? prefix.length() : 0);
                String g = group(body, f.grouping, every);
                while (g.length() < want) { body = "0" + body; g = group(body, f.grouping, every); }
                body = g;
            } else {
                body = group(body, f.grouping, every);
            }
        }
        if (f.alt && !prefix.isEmpty()) {
            FormatSpec f2 = f;
            // the prefix sits between the sign and the zero padding
            String signStr = neg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
            if (f2.align == '=') {
                int padN = f.width - signStr.length() - prefix.length() - body.length();
                String fill = new String(Character.toChars(f.fill));
                return signStr + prefix + (padN > 0 ? fill.repeat(padN) : "") + body;
            }
            FormatSpec g = copyNoSign(f);
            return g.pad(signStr + prefix + body, false, true);
        }
        return f.pad(body, neg, true);
    }

    private static FormatSpec copyNoSign(FormatSpec f) {
        FormatSpec g = new FormatSpec();
        g.fill = f.fill; g.align = f.align; g.width = f.width;
        return g;
    }
}
