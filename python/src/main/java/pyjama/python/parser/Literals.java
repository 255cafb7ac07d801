package pyjama.python.parser;

import java.math.BigInteger;

import pyjama.python.ast.Const;

/** Turns NUMBER and STRING token text into values: CPython's parsestr/parsenumber. */
final class Literals {
    private Literals() {}

    /** CPython 3.12's default sys.int_info.str_digits_check_threshold limit. */
    static final int MAX_STR_DIGITS = 4300;

    /** Thrown for a bad escape; the parser turns it into a positioned SyntaxError. */
    static final class BadLiteral extends RuntimeException {
        BadLiteral(String msg) { super(msg, null, false, false); }
    }

    static Const number(String text) {
        String t = text.replace("_", "");
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Const.Imaginary(DecimalFloat.parse(t.substring(0, t.length() - 1)));
        }
        if (t.length() > 1 && t.charAt(0) == '0') {
            char k = (char) (t.charAt(1) | 0x20);
            if (k == 'x') return new Const.Int(new BigInteger(t.substring(2), 16));
            if (k == 'o') return new Const.Int(new BigInteger(t.substring(2), 8));
            if (k == 'b') return new Const.Int(new BigInteger(t.substring(2), 2));
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') return new Const.Float(DecimalFloat.parse(t));
        }
        if (t.length() > MAX_STR_DIGITS) {
            throw new BadLiteral("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: "
                    + "value has " + t.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (t.length() <= 18) return new Const.Int(BigInteger.valueOf(Long.parseLong(t)));
        return new Const.Int(new BigInteger(t));
    }

    /**
     * Decodes the body of a str (bytes == false) or bytes literal. Escapes as CPython's
     * unicode_escape/bytes decoders; unknown escapes are kept with their backslash.
     */
    static String decode(String body, boolean bytes, boolean raw) {
        if (raw || body.indexOf('\\') < 0) {
            if (bytes) checkAscii(body);
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        int n = body.length();
        for (int i = 0; i < n; ) {
            char c = body.charAt(i);
            if (c != '\\') {
                if (bytes && c >= 128) throw new BadLiteral("bytes can only contain ASCII literal characters");
                sb.append(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= n) { sb.append('\\'); break; }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000B');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + (body.charAt(i++) - '0');
                    }
                    if (bytes) sb.append((char) (v & 0xFF));
                    else sb.append((char) v);
                }
                case 'x' -> {
                    int v = hex(body, i, 2);
                    if (v < 0) {
                        throw new BadLiteral(bytes ? "(value error) invalid \\x escape at position " + escStart
                                : "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + escStart + "-" + (Math.min(n, i + 2) - 1) + ": truncated \\xXX escape");
                    }
                    i += 2;
                    sb.append((char) v);
                }
                case 'u', 'U' -> {
                    if (bytes) { sb.append('\\').append(e); break; }
                    int len = e == 'u' ? 4 : 8;
                    int v = hex(body, i, len);
                    if (v < 0) {
                        throw new BadLiteral("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + escStart + "-" + (Math.min(n, i + len) - 1) + ": truncated \\"
                                + (e == 'u' ? "uXXXX" : "UXXXXXXXX") + " escape");
                    }
                    if (v > 0x10FFFF || v < 0) {
                        throw new BadLiteral("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + escStart + "-" + (i + len - 1) + ": illegal Unicode character");
                    }
                    i += len;
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    if (bytes) { sb.append('\\').append(e); break; }
                    int close = i < n && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
                    if (close < 0) {
                        throw new BadLiteral("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + escStart + "-" + (i - 1) + ": malformed \\N character escape");
                    }
                    String name = body.substring(i + 1, close);
                    int cp = UnicodeNames.lookup(name);
                    if (cp < 0) {
                        throw new BadLiteral("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + escStart + "-" + close + ": unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    // invalid escape: kept verbatim (CPython warns)
                    sb.append('\\');
                    i--;
                }
            }
        }
        String s = sb.toString();
        return s;
    }

    private static void checkAscii(String body) {
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 128) throw new BadLiteral("bytes can only contain ASCII literal characters");
        }
    }

    private static int hex(String s, int i, int len) {
        if (i + len > s.length()) return -1;
        long v = 0;
        for (int k = 0; k < len; k++) {
            char c = s.charAt(i + k);
            int d = Character.digit(c, 16);
            if (d < 0 || c > 127) return -1;
            v = v * 16 + d;
        }
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }
}
