package pyjama.python.regex;

/** Python's repr()/ascii() of str values, for CPython-identical error messages. */
final class PyText {
    private PyText() {}

    static String repr(String s) { return quote(s, false); }

    static String ascii(String s) { return quote(s, true); }

    private static String quote(String s, boolean asciiOnly) {
        char q = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c == 0x7f) hex(sb, 'x', c, 2);
            else if (c < 0x7f) sb.append((char) c);
            else if (asciiOnly || !printable(c)) {
                if (c <= 0xff) hex(sb, 'x', c, 2);
                else if (c <= 0xffff) hex(sb, 'u', c, 4);
                else hex(sb, 'U', c, 8);
            } else sb.appendCodePoint(c);
        }
        sb.append(q);
        return sb.toString();
    }

    private static void hex(StringBuilder sb, char kind, int c, int digits) {
        sb.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append("0123456789abcdef".charAt((c >> shift) & 15));
        }
    }

    /** Py_UNICODE_ISPRINTABLE for non-ASCII code points. */
    static boolean printable(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** msg.encode('ascii', 'backslashreplace').decode(): how bytes-pattern messages are shown. */
    static String backslashReplace(String s) {
        StringBuilder sb = null;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                if (sb != null) sb.append((char) c);
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder();
                sb.append(s, 0, i - Character.charCount(c));
            }
            if (c <= 0xff) hex(sb, 'x', c, 2);
            else if (c <= 0xffff) hex(sb, 'u', c, 4);
            else hex(sb, 'U', c, 8);
        }
        return sb == null ? s : sb.toString();
    }

    /** Builds a String from code points [from, to). */
    static String fromCodePoints(int[] cps, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) sb.appendCodePoint(cps[i]);
        return sb.toString();
    }

    static int[] toCodePoints(String s) {
        int n = s.codePointCount(0, s.length());
        int[] r = new int[n];
        int j = 0;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            r[j++] = c;
        }
        return r;
    }
}
