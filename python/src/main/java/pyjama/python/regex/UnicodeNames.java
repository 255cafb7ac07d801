package pyjama.python.regex;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Character names for \N{...}. The engine only knows a small built-in table (ASCII names and a
 * few common punctuation/space names, plus algorithmic CJK names); the interpreter's
 * {@code unicodedata} can install a complete resolver with {@link Regex#setUnicodeNameResolver}.
 */
final class UnicodeNames {
    private UnicodeNames() {}

    static ToIntFunction<String> resolver;

    private static Map<String, Integer> table;

    /** The code point named, or -1. Case-insensitive like unicodedata.lookup. */
    static int lookup(String name) {
        ToIntFunction<String> r = resolver;
        if (r != null) return r.applyAsInt(name);
        String key = name.toUpperCase(Locale.ROOT);
        if (key.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            String hex = key.substring("CJK UNIFIED IDEOGRAPH-".length());
            if (hex.length() == 4 || hex.length() == 5) {
                int v = 0;
                for (int i = 0; i < hex.length(); i++) {
                    int d = Character.digit(hex.charAt(i), 16);
                    if (d < 0) return -1;
                    v = v * 16 + d;
                }
                if ((v >= 0x4e00 && v <= 0x9fff) || (v >= 0x3400 && v <= 0x4dbf) || (v >= 0x20000 && v <= 0x2a6df)) {
                    return v;
                }
            }
            return -1;
        }
        Integer v = table().get(key);
        return v == null ? -1 : v;
    }

    private static Map<String, Integer> table() {
        if (table != null) return table;
        Map<String, Integer> t = new HashMap<>();
        String[] digits = {"ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"};
        for (int i = 0; i < 10; i++) t.put("DIGIT " + digits[i], '0' + i);
        for (int i = 0; i < 26; i++) {
            t.put("LATIN CAPITAL LETTER " + (char) ('A' + i), 'A' + i);
            t.put("LATIN SMALL LETTER " + (char) ('A' + i), 'a' + i);
        }
        String[][] named = {
            {"SPACE", "20"}, {"EXCLAMATION MARK", "21"}, {"QUOTATION MARK", "22"}, {"NUMBER SIGN", "23"},
            {"DOLLAR SIGN", "24"}, {"PERCENT SIGN", "25"}, {"AMPERSAND", "26"}, {"APOSTROPHE", "27"},
            {"LEFT PARENTHESIS", "28"}, {"RIGHT PARENTHESIS", "29"}, {"ASTERISK", "2a"}, {"PLUS SIGN", "2b"},
            {"COMMA", "2c"}, {"HYPHEN-MINUS", "2d"}, {"FULL STOP", "2e"}, {"SOLIDUS", "2f"}, {"COLON", "3a"},
            {"SEMICOLON", "3b"}, {"LESS-THAN SIGN", "3c"}, {"EQUALS SIGN", "3d"}, {"GREATER-THAN SIGN", "3e"},
            {"QUESTION MARK", "3f"}, {"COMMERCIAL AT", "40"}, {"LEFT SQUARE BRACKET", "5b"},
            {"REVERSE SOLIDUS", "5c"}, {"RIGHT SQUARE BRACKET", "5d"}, {"CIRCUMFLEX ACCENT", "5e"},
            {"LOW LINE", "5f"}, {"GRAVE ACCENT", "60"}, {"LEFT CURLY BRACKET", "7b"}, {"VERTICAL LINE", "7c"},
            {"RIGHT CURLY BRACKET", "7d"}, {"TILDE", "7e"}, {"CHARACTER TABULATION", "9"},
            {"LINE FEED", "a"}, {"CARRIAGE RETURN", "d"}, {"NULL", "0"}, {"NO-BREAK SPACE", "a0"},
            {"SECTION SIGN", "a7"}, {"COPYRIGHT SIGN", "a9"}, {"REGISTERED SIGN", "ae"}, {"DEGREE SIGN", "b0"},
            {"MICRO SIGN", "b5"}, {"PILCROW SIGN", "b6"}, {"MIDDLE DOT", "b7"}, {"MULTIPLICATION SIGN", "d7"},
            {"DIVISION SIGN", "f7"}, {"LATIN SMALL LETTER SHARP S", "df"},
            {"LATIN SMALL LETTER E WITH ACUTE", "e9"}, {"LATIN CAPITAL LETTER E WITH ACUTE", "c9"},
            {"GREEK SMALL LETTER ALPHA", "3b1"}, {"GREEK SMALL LETTER BETA", "3b2"},
            {"GREEK SMALL LETTER PI", "3c0"}, {"GREEK CAPITAL LETTER OMEGA", "3a9"},
            {"GREEK SMALL LETTER SIGMA", "3c3"}, {"GREEK SMALL LETTER FINAL SIGMA", "3c2"},
            {"EN DASH", "2013"}, {"EM DASH", "2014"}, {"HORIZONTAL ELLIPSIS", "2026"}, {"BULLET", "2022"},
            {"LEFT SINGLE QUOTATION MARK", "2018"}, {"RIGHT SINGLE QUOTATION MARK", "2019"},
            {"LEFT DOUBLE QUOTATION MARK", "201c"}, {"RIGHT DOUBLE QUOTATION MARK", "201d"},
            {"EURO SIGN", "20ac"}, {"POUND SIGN", "a3"}, {"YEN SIGN", "a5"}, {"ZERO WIDTH SPACE", "200b"},
            {"LINE SEPARATOR", "2028"}, {"PARAGRAPH SEPARATOR", "2029"}, {"IDEOGRAPHIC SPACE", "3000"},
            {"BYTE ORDER MARK", "feff"}, {"ZERO WIDTH NO-BREAK SPACE", "feff"}, {"REPLACEMENT CHARACTER", "fffd"},
            {"SNOWMAN", "2603"}, {"BLACK HEART SUIT", "2665"}, {"GRINNING FACE", "1f600"},
            {"PILE OF POO", "1f4a9"}, {"CHECK MARK", "2713"}, {"INFINITY", "221e"},
        };
        for (String[] e : named) t.put(e[0], Integer.parseInt(e[1], 16));
        table = t;
        return t;
    }
}
