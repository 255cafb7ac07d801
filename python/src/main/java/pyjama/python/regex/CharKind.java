package pyjama.python.regex;

/**
 * Character predicates and case mappings with CPython's {@code _sre} meanings.
 * Unicode variants use Java's Character tables (TeaVM ships its own copies of them).
 */
final class CharKind {
    private CharKind() {}

    // ---- ASCII (also used for bytes patterns and LOCALE, which we treat as the C locale) ----

    static boolean asciiDigit(int c) { return c >= '0' && c <= '9'; }

    static boolean asciiSpace(int c) { return c == ' ' || (c >= 9 && c <= 13); }

    static boolean asciiWord(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    static int asciiLower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

    static boolean asciiCased(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    // ---- Unicode (str patterns without ASCII) ----

    /** str.isdecimal: general category Nd. */
    static boolean uniDigit(int c) {
        if (c < 128) return asciiDigit(c);
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** str.isspace: bidi class WS/B/S or category Zs; the set is small and fixed. */
    static boolean uniSpace(int c) {
        if (c < 128) return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20);
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
                || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** str.isalnum (letters and numbers) or '_'. */
    static boolean uniWord(int c) {
        if (c < 128) return asciiWord(c);
        return uniAlnum(c);
    }

    static boolean uniAlnum(int c) {
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    static boolean uniAlpha(int c) {
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER:
                return true;
            default:
                return false;
        }
    }

    /** Simple lowercase mapping (Py_UNICODE_TOLOWER). */
    static int uniLower(int c) {
        if (c < 128) return asciiLower(c);
        if (c >= 0xd800 && c <= 0xdfff) return c;
        return Character.toLowerCase(c);
    }

    /**
     * Uppercase as CPython's _PyUnicode_ToUppercase: the simple mapping, except that characters
     * whose full uppercase is several characters map to the first of them (so 'ß' is cased).
     */
    static int uniUpper(int c) {
        if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
        if (c >= 0xd800 && c <= 0xdfff) return c;
        if (c >= 0xdf && c <= 0xfb17) {
            int lo = 0;
            int hi = (MULTI_UPPER.length >> 1) - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int k = MULTI_UPPER[2 * mid];
                if (k == c) return MULTI_UPPER[2 * mid + 1];
                if (k < c) lo = mid + 1;
                else hi = mid - 1;
            }
        }
        return Character.toUpperCase(c);
    }

    /** Pairs (c, first character of c.upper()) where c.upper() is longer than one character. */
    private static final int[] MULTI_UPPER = {
        0xdf, 0x53, 0x149, 0x2bc, 0x1f0, 0x4a, 0x390, 0x399, 0x3b0, 0x3a5, 0x587, 0x535, 0x1e96, 0x48,
        0x1e97, 0x54, 0x1e98, 0x57, 0x1e99, 0x59, 0x1e9a, 0x41, 0x1f50, 0x3a5, 0x1f52, 0x3a5, 0x1f54, 0x3a5,
        0x1f56, 0x3a5, 0x1f80, 0x1f08, 0x1f81, 0x1f09, 0x1f82, 0x1f0a, 0x1f83, 0x1f0b, 0x1f84, 0x1f0c,
        0x1f85, 0x1f0d, 0x1f86, 0x1f0e, 0x1f87, 0x1f0f, 0x1f88, 0x1f08, 0x1f89, 0x1f09, 0x1f8a, 0x1f0a,
        0x1f8b, 0x1f0b, 0x1f8c, 0x1f0c, 0x1f8d, 0x1f0d, 0x1f8e, 0x1f0e, 0x1f8f, 0x1f0f, 0x1f90, 0x1f28,
        0x1f91, 0x1f29, 0x1f92, 0x1f2a, 0x1f93, 0x1f2b, 0x1f94, 0x1f2c, 0x1f95, 0x1f2d, 0x1f96, 0x1f2e,
        0x1f97, 0x1f2f, 0x1f98, 0x1f28, 0x1f99, 0x1f29, 0x1f9a, 0x1f2a, 0x1f9b, 0x1f2b, 0x1f9c, 0x1f2c,
        0x1f9d, 0x1f2d, 0x1f9e, 0x1f2e, 0x1f9f, 0x1f2f, 0x1fa0, 0x1f68, 0x1fa1, 0x1f69, 0x1fa2, 0x1f6a,
        0x1fa3, 0x1f6b, 0x1fa4, 0x1f6c, 0x1fa5, 0x1f6d, 0x1fa6, 0x1f6e, 0x1fa7, 0x1f6f, 0x1fa8, 0x1f68,
        0x1fa9, 0x1f69, 0x1faa, 0x1f6a, 0x1fab, 0x1f6b, 0x1fac, 0x1f6c, 0x1fad, 0x1f6d, 0x1fae, 0x1f6e,
        0x1faf, 0x1f6f, 0x1fb2, 0x1fba, 0x1fb3, 0x391, 0x1fb4, 0x386, 0x1fb6, 0x391, 0x1fb7, 0x391,
        0x1fbc, 0x391, 0x1fc2, 0x1fca, 0x1fc3, 0x397, 0x1fc4, 0x389, 0x1fc6, 0x397, 0x1fc7, 0x397,
        0x1fcc, 0x397, 0x1fd2, 0x399, 0x1fd3, 0x399, 0x1fd6, 0x399, 0x1fd7, 0x399, 0x1fe2, 0x3a5,
        0x1fe3, 0x3a5, 0x1fe4, 0x3a1, 0x1fe6, 0x3a5, 0x1fe7, 0x3a5, 0x1ff2, 0x1ffa, 0x1ff3, 0x3a9,
        0x1ff4, 0x38f, 0x1ff6, 0x3a9, 0x1ff7, 0x3a9, 0x1ffc, 0x3a9, 0xfb00, 0x46, 0xfb01, 0x46, 0xfb02, 0x46,
        0xfb03, 0x46, 0xfb04, 0x46, 0xfb05, 0x53, 0xfb06, 0x53, 0xfb13, 0x544, 0xfb14, 0x544, 0xfb15, 0x544,
        0xfb16, 0x54e, 0xfb17, 0x544
    };

    /** _sre.unicode_iscased. */
    static boolean uniCased(int c) { return c != uniLower(c) || c != uniUpper(c); }

    /**
     * CPython's _casefix._EXTRA_CASES: lowercase characters that are case-insensitively equal to
     * other lowercase characters although their simple lowercase mappings differ. Each row is a
     * key followed by its equivalents (Unicode data, not code).
     */
    private static final int[][] EXTRA_CASES = {
        {0x0069, 0x0131}, {0x0073, 0x017f}, {0x00b5, 0x03bc}, {0x0131, 0x0069}, {0x017f, 0x0073},
        {0x0345, 0x03b9, 0x1fbe}, {0x0390, 0x1fd3}, {0x03b0, 0x1fe3}, {0x03b2, 0x03d0},
        {0x03b5, 0x03f5}, {0x03b8, 0x03d1}, {0x03b9, 0x0345, 0x1fbe}, {0x03ba, 0x03f0},
        {0x03bc, 0x00b5}, {0x03c0, 0x03d6}, {0x03c1, 0x03f1}, {0x03c2, 0x03c3}, {0x03c3, 0x03c2},
        {0x03c6, 0x03d5}, {0x03d0, 0x03b2}, {0x03d1, 0x03b8}, {0x03d5, 0x03c6}, {0x03d6, 0x03c0},
        {0x03f0, 0x03ba}, {0x03f1, 0x03c1}, {0x03f5, 0x03b5}, {0x0432, 0x1c80}, {0x0434, 0x1c81},
        {0x043e, 0x1c82}, {0x0441, 0x1c83}, {0x0442, 0x1c84, 0x1c85}, {0x044a, 0x1c86},
        {0x0463, 0x1c87}, {0x1c80, 0x0432}, {0x1c81, 0x0434}, {0x1c82, 0x043e}, {0x1c83, 0x0441},
        {0x1c84, 0x0442, 0x1c85}, {0x1c85, 0x0442, 0x1c84}, {0x1c86, 0x044a}, {0x1c87, 0x0463},
        {0x1c88, 0xa64b}, {0x1e61, 0x1e9b}, {0x1e9b, 0x1e61}, {0x1fbe, 0x0345, 0x03b9},
        {0x1fd3, 0x0390}, {0x1fe3, 0x03b0}, {0xa64b, 0x1c88}, {0xfb05, 0xfb06}, {0xfb06, 0xfb05},
    };

    /** Extra case-equivalents of a lowercased character, or null. */
    static int[] extraCases(int lower) {
        if (lower < 0x69 || lower > 0xfb06) return null;
        for (int[] row : EXTRA_CASES) {
            if (row[0] == lower) {
                int[] r = new int[row.length - 1];
                System.arraycopy(row, 1, r, 0, r.length);
                return r;
            }
        }
        return null;
    }

    static boolean hasExtraCases(int lower) {
        if (lower < 0x69 || lower > 0xfb06) return false;
        for (int[] row : EXTRA_CASES) if (row[0] == lower) return true;
        return false;
    }

    // ---- helpers for parser messages ----

    /** str.isidentifier (approximation from general categories; no Other_ID_Start extras). */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int i = 0;
        boolean first = true;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean ok;
            if (c < 128) {
                ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
            } else {
                int t = Character.getType(c);
                ok = uniAlpha(c) || t == Character.LETTER_NUMBER
                        || (!first && (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                                || t == Character.DECIMAL_DIGIT_NUMBER || t == Character.CONNECTOR_PUNCTUATION));
            }
            if (!ok) return false;
            first = false;
        }
        return true;
    }

    /** name.isdecimal() and name.isascii(): ASCII digits only, non-empty. */
    static boolean isAsciiDecimal(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }
}
