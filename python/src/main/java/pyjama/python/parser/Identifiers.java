package pyjama.python.parser;

/**
 * PEP 3131 identifier normalization. CPython applies NFKC to every non-ASCII identifier;
 * java.text.Normalizer is not available on TeaVM, so this covers the compatibility
 * decompositions that occur in practice (fullwidth forms, mathematical alphanumerics, a few
 * ligatures and letter-like symbols) and leaves other identifiers as written.
 */
final class Identifiers {
    private Identifiers() {}

    static String normalize(String name) {
        StringBuilder sb = null;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            String repl = fold(c);
            if (repl != null && sb == null) {
                sb = new StringBuilder(name.length());
                sb.append(name, 0, i);
            }
            if (sb != null) {
                if (repl != null) sb.append(repl);
                else sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb == null ? name : sb.toString();
    }

    private static String fold(int c) {
        if (c >= 0xFF10 && c <= 0xFF19) return String.valueOf((char) ('0' + c - 0xFF10));
        if (c >= 0xFF21 && c <= 0xFF3A) return String.valueOf((char) ('A' + c - 0xFF21));
        if (c >= 0xFF41 && c <= 0xFF5A) return String.valueOf((char) ('a' + c - 0xFF41));
        if (c == 0xFF3F) return "_";
        // Mathematical Alphanumeric Symbols: bold, italic, ... A-Z a-z runs of 52
        if (c >= 0x1D400 && c <= 0x1D6A3) {
            int k = (c - 0x1D400) % 52;
            return String.valueOf((char) (k < 26 ? 'A' + k : 'a' + k - 26));
        }
        if (c >= 0x1D7CE && c <= 0x1D7FF) return String.valueOf((char) ('0' + (c - 0x1D7CE) % 10));
        return switch (c) {
            case 0xFB00 -> "ff";
            case 0xFB01 -> "fi";
            case 0xFB02 -> "fl";
            case 0xFB03 -> "ffi";
            case 0xFB04 -> "ffl";
            case 0x00AA -> "a";
            case 0x00BA -> "o";
            case 0x00B5 -> "\u03BC";
            case 0x017F -> "s";
            case 0x2102 -> "C";
            case 0x210A -> "g";
            case 0x210B, 0x210C, 0x210D -> "H";
            case 0x210E -> "h";
            case 0x2110, 0x2111 -> "I";
            case 0x2112 -> "L";
            case 0x2113 -> "l";
            case 0x2115 -> "N";
            case 0x2119 -> "P";
            case 0x211A -> "Q";
            case 0x211B, 0x211C, 0x211D -> "R";
            case 0x2124 -> "Z";
            case 0x212C -> "B";
            case 0x212D -> "C";
            case 0x212F -> "e";
            case 0x2130 -> "E";
            case 0x2131 -> "F";
            case 0x2133 -> "M";
            case 0x2134 -> "o";
            case 0x2160 -> "I";
            case 0x2161 -> "II";
            case 0x2162 -> "III";
            case 0x2163 -> "IV";
            case 0x2164 -> "V";
            default -> null;
        };
    }
}
