package pyjama.python.runtime;

import java.io.ByteArrayOutputStream;

/**
 * The text codecs of str.encode and bytes.decode: utf-8, utf-16 and utf-32 (with and without a
 * BOM, either byte order), ascii, latin-1 and cp1252, with CPython's error handlers (strict,
 * ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass) and
 * error messages. Names are looked up as the encodings package does (normalize_encoding, then
 * its aliases). There is no codecs module, so no way to register more.
 */
public final class Codecs {
    private Codecs() {}

    /** encodings.normalize_encoding plus encodings.aliases: the codec module name, e.g. "utf_16_le". */
    static String norm(String enc) {
        StringBuilder sb = new StringBuilder();
        boolean punct = false;
        for (int i = 0; i < enc.length(); i++) {
            char c = enc.charAt(i);
            // ASCII tests written out: Character.isLetterOrDigit's first call decodes the
            // Unicode tables (7 million instructions natively), and every program start
            // normalizes an encoding name.
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.') {
                if (punct && sb.length() > 0) sb.append('_');
                sb.append(upper ? (char) (c + ('a' - 'A')) : c);
                punct = false;
            } else {
                punct = true;
            }
        }
        String e = sb.toString();
        switch (e) {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001": case "utf8_ucs2": case "utf8_ucs4": return "utf_8";
            case "ascii": case "us_ascii": case "646": case "us": case "cp367": case "csascii": case "ibm367": case "iso646_us":
            case "ansi_x3.4_1968": case "ansi_x3_4_1968": case "ansi_x3.4_1986": case "iso_646.irv_1991": case "iso_ir_6":
                return "ascii";
            case "latin_1": case "latin1": case "latin": case "l1": case "iso8859_1": case "iso_8859_1": case "iso8859": case "8859":
            case "cp819": case "ibm819": case "csisolatin1": case "iso_8859_1_1987": case "iso_ir_100":
                return "latin_1";
            case "utf_16": case "utf16": case "u16": return "utf_16";
            case "utf_16_le": case "utf_16le": case "unicodelittleunmarked": return "utf_16_le";
            case "utf_16_be": case "utf_16be": case "unicodebigunmarked": return "utf_16_be";
            case "utf_32": case "utf32": case "u32": return "utf_32";
            case "utf_32_le": case "utf_32le": return "utf_32_le";
            case "utf_32_be": case "utf_32be": return "utf_32_be";
            case "cp1252": case "windows_1252": case "1252": return "cp1252";
            default: return e;
        }
    }

    static PyException unknown(String enc) {
        return Exc.make(Exc.LookupError, "unknown encoding: " + enc);
    }

    static PyException unknownHandler(String errors) {
        return Exc.make(Exc.LookupError, "unknown error handler name '" + errors + "'");
    }

    /** cp1252's bytes 0x80-0x9f (-1: undefined); the others are latin-1. */
    static final int[] CP1252 = {
        0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
        -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
    };

    static int cp1252Byte(int cp) {
        if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) return cp;
        for (int i = 0; i < CP1252.length; i++) if (CP1252[i] == cp) return 0x80 + i;
        return -1;
    }

    // ---- encoding -----------------------------------------------------------------------------------

    /** How one codec writes code points; unencodable ones go to the error handler. */
    static final class Encoder {
        final String name;       // as error messages name the codec
        final String codec;      // normalized module name
        final String reason;
        /** utf-8, the single-byte codecs: the error covers the whole run of unencodable characters. */
        final boolean runs;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Encoder(String codec) {
            this.codec = codec;
            switch (codec) {
                case "utf_8" -> { name = "utf-8"; reason = "surrogates not allowed"; runs = true; }
                case "ascii" -> { name = "ascii"; reason = "ordinal not in range(128)"; runs = true; }
                case "latin_1" -> { name = "latin-1"; reason = "ordinal not in range(256)"; runs = true; }
                case "cp1252" -> { name = "charmap"; reason = "character maps to <undefined>"; runs = true; }
                default -> { name = codec.replace('_', '-'); reason = "surrogates not allowed"; runs = false; }
            }
        }

        boolean isUnicode() { return codec.startsWith("utf"); }

        boolean canEncode(int cp) {
            switch (codec) {
                case "ascii": return cp < 0x80;
                case "latin_1": return cp < 0x100;
                case "cp1252": return cp1252Byte(cp) >= 0;
                default: return cp < 0xd800 || cp > 0xdfff;
            }
        }

        /** Writes one code point (or, for surrogatepass, one surrogate code unit). */
        void put(int cp) {
            switch (codec) {
                case "ascii", "latin_1" -> out.write(cp);
                case "cp1252" -> out.write(cp1252Byte(cp));
                case "utf_8" -> writeUtf8(out, cp);
                case "utf_16", "utf_16_le", "utf_16_be" -> {
                    if (cp >= 0x10000) {
                        int v = cp - 0x10000;
                        unit16(0xd800 + (v >> 10));
                        unit16(0xdc00 + (v & 0x3ff));
                    } else {
                        unit16(cp);
                    }
                }
                default -> { // utf-32
                    if (codec.equals("utf_32_be")) { out.write(cp >>> 24); out.write(cp >> 16 & 0xff); out.write(cp >> 8 & 0xff); out.write(cp & 0xff); }
                    else { out.write(cp & 0xff); out.write(cp >> 8 & 0xff); out.write(cp >> 16 & 0xff); out.write(cp >>> 24); }
                }
            }
        }

        void unit16(int u) {
            if (codec.equals("utf_16_be")) { out.write(u >> 8); out.write(u & 0xff); }
            else { out.write(u & 0xff); out.write(u >> 8); }
        }

        /** A replacement string of an error handler, written with this codec (it must be encodable). */
        void putText(String s) {
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                put(c);
            }
        }
    }

    public static byte[] encode(String s, String enc0, String errors) {
        String codec = norm(enc0);
        switch (codec) {
            case "utf_8", "ascii", "latin_1", "cp1252", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be" -> { }
            default -> throw unknown(enc0);
        }
        Encoder en = new Encoder(codec);
        if (codec.equals("utf_16")) { en.out.write(0xff); en.out.write(0xfe); }
        if (codec.equals("utf_32")) { en.out.write(0xff); en.out.write(0xfe); en.out.write(0); en.out.write(0); }
        PyStr ps = null;
        int cpIndex = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (en.canEncode(c)) {
                en.put(c);
                i += Character.charCount(c);
                cpIndex++;
                continue;
            }
            // the unencodable run [i, j): one character for utf-16 and utf-32
            int j = i + Character.charCount(c), end = cpIndex + 1;
            while (en.runs && j < s.length()) {
                int c2 = s.codePointAt(j);
                if (en.canEncode(c2)) break;
                j += Character.charCount(c2);
                end++;
            }
            if (!handleEncodeError(en, errors, s, i, j)) {
                if (ps == null) ps = new PyStr(s);
                throw encodeError(en.name, ps, cpIndex, end, en.reason);
            }
            i = j;
            cpIndex = end;
        }
        return en.out.toByteArray();
    }

    /** Applies the error handler to s[from, to); false when it gives up (strict, or nothing it can do). */
    static boolean handleEncodeError(Encoder en, String errors, String s, int from, int to) {
        switch (errors) {
            case "strict": return false;
            case "ignore": return true;
            case "replace": {
                for (int k = from; k < to; k += Character.charCount(s.codePointAt(k))) en.putText("?");
                return true;
            }
            case "backslashreplace": {
                for (int k = from; k < to; ) {
                    int c = s.codePointAt(k);
                    k += Character.charCount(c);
                    en.putText(c <= 0xff ? "\\x" + PyStr.hex(c, 2) : c <= 0xffff ? "\\u" + PyStr.hex(c, 4) : "\\U" + PyStr.hex(c, 8));
                }
                return true;
            }
            case "xmlcharrefreplace": {
                for (int k = from; k < to; ) {
                    int c = s.codePointAt(k);
                    k += Character.charCount(c);
                    en.putText("&#" + c + ";");
                }
                return true;
            }
            case "surrogateescape": {
                // lone surrogates U+DC80..U+DCFF stand for the bytes 0x80..0xff; not for utf-16/32
                if (en.codec.startsWith("utf_16") || en.codec.startsWith("utf_32")) return false;
                for (int k = from; k < to; k++) {
                    char c = s.charAt(k);
                    if (c < 0xdc80 || c > 0xdcff) return false;
                }
                for (int k = from; k < to; k++) en.out.write(s.charAt(k) - 0xdc00);
                return true;
            }
            case "surrogatepass": {
                if (!en.isUnicode()) return false;
                for (int k = from; k < to; k++) {
                    char c = s.charAt(k);
                    if (!Character.isSurrogate(c)) return false;
                }
                for (int k = from; k < to; k++) {
                    char c = s.charAt(k);
                    if (en.codec.startsWith("utf_16")) en.unit16(c);
                    else en.put(c);
                }
                return true;
            }
            default: throw unknownHandler(errors);
        }
    }

    static void writeAscii(ByteArrayOutputStream out, String s) {
        for (int i = 0; i < s.length(); i++) out.write(s.charAt(i));
    }

    static void writeUtf8(ByteArrayOutputStream out, int c) {
        if (c < 0x80) out.write(c);
        else if (c < 0x800) { out.write(0xc0 | (c >> 6)); out.write(0x80 | (c & 0x3f)); }
        else if (c < 0x10000) { out.write(0xe0 | (c >> 12)); out.write(0x80 | ((c >> 6) & 0x3f)); out.write(0x80 | (c & 0x3f)); }
        else { out.write(0xf0 | (c >> 18)); out.write(0x80 | ((c >> 12) & 0x3f)); out.write(0x80 | ((c >> 6) & 0x3f)); out.write(0x80 | (c & 0x3f)); }
    }

    static PyException encodeError(String enc, PyStr obj, int start, int end, String reason) {
        PyBaseException e = new PyBaseException(Exc.UnicodeEncodeError, PyTuple.of(new PyStr(enc), obj, PyInt.of(start), PyInt.of(end), new PyStr(reason)));
        e.dict.setStr("encoding", new PyStr(enc));
        e.dict.setStr("object", obj);
        e.dict.setStr("start", PyInt.of(start));
        e.dict.setStr("end", PyInt.of(end));
        e.dict.setStr("reason", new PyStr(reason));
        return new PyException(e);
    }

    static PyException decodeError(String enc, byte[] obj, int start, int end, String reason) {
        PyBytes b = new PyBytes(obj);
        PyBaseException e = new PyBaseException(Exc.UnicodeDecodeError, PyTuple.of(new PyStr(enc), b, PyInt.of(start), PyInt.of(end), new PyStr(reason)));
        e.dict.setStr("encoding", new PyStr(enc));
        e.dict.setStr("object", b);
        e.dict.setStr("start", PyInt.of(start));
        e.dict.setStr("end", PyInt.of(end));
        e.dict.setStr("reason", new PyStr(reason));
        return new PyException(e);
    }

    // ---- decoding -----------------------------------------------------------------------------------

    public static String decode(byte[] b, String enc0, String errors) {
        String codec = norm(enc0);
        StringBuilder sb = new StringBuilder(b.length);
        switch (codec) {
            case "latin_1" -> {
                for (byte x : b) sb.append((char) (x & 0xff));
            }
            case "ascii" -> {
                for (int i = 0; i < b.length; i++) {
                    int x = b[i] & 0xff;
                    if (x < 128) sb.append((char) x);
                    else i = handleDecodeError(sb, errors, b, i, i + 1, "ascii", "ordinal not in range(128)") - 1;
                }
            }
            case "cp1252" -> {
                for (int i = 0; i < b.length; i++) {
                    int x = b[i] & 0xff;
                    int c = x >= 0x80 && x < 0xa0 ? CP1252[x - 0x80] : x;
                    if (c >= 0) sb.append((char) c);
                    else i = handleDecodeError(sb, errors, b, i, i + 1, "charmap", "character maps to <undefined>") - 1;
                }
            }
            case "utf_8" -> decodeUtf8(b, errors, sb);
            case "utf_16", "utf_16_le", "utf_16_be" -> decodeUtf16(b, codec, errors, sb);
            case "utf_32", "utf_32_le", "utf_32_be" -> decodeUtf32(b, codec, errors, sb);
            default -> throw unknown(enc0);
        }
        return sb.toString();
    }

    static void decodeUtf8(byte[] b, String errors, StringBuilder sb) {
        int i = 0, n = b.length;
        char[] ascii = null;
        while (i < n) {
            int x = b[i] & 0xff;
            if (x < 0x80) {
                // A run of ASCII in one append: appending char by char is slow under TeaVM.
                int end = i + 1;
                while (end < n && b[end] >= 0) end++;
                if (ascii == null) ascii = new char[Math.min(n - i, 4096)];
                while (i < end) {
                    int len = Math.min(end - i, ascii.length);
                    for (int k = 0; k < len; k++) ascii[k] = (char) b[i + k];
                    sb.append(ascii, 0, len);
                    i += len;
                }
                continue;
            }
            int need, cp;
            if (x >= 0xc2 && x <= 0xdf) { need = 1; cp = x & 0x1f; }
            else if (x >= 0xe0 && x <= 0xef) { need = 2; cp = x & 0x0f; }
            else if (x >= 0xf0 && x <= 0xf4) { need = 3; cp = x & 0x07; }
            else {
                i = handleDecodeError(sb, errors, b, i, i + 1, "utf-8", "invalid start byte");
                continue;
            }
            if (x == 0xed && i + 2 < n && (b[i + 1] & 0xe0) == 0xa0 && (b[i + 2] & 0xc0) == 0x80
                    && surrogatePass(errors, sb, 0xd000 | (b[i + 1] & 0x3f) << 6 | (b[i + 2] & 0x3f))) {
                i += 3;                       // an encoded surrogate, let through by surrogatepass
                continue;
            }
            int j = 1;
            boolean bad = false;
            for (; j <= need; j++) {
                if (i + j >= n) { bad = true; break; }
                int y = b[i + j] & 0xff;
                if ((y & 0xc0) != 0x80) { bad = true; break; }
                if (j == 1) {
                    if (x == 0xe0 && y < 0xa0) { bad = true; break; }
                    if (x == 0xed && y > 0x9f) { bad = true; break; }
                    if (x == 0xf0 && y < 0x90) { bad = true; break; }
                    if (x == 0xf4 && y > 0x8f) { bad = true; break; }
                }
                cp = (cp << 6) | (y & 0x3f);
            }
            if (bad) {
                String reason = i + j >= n ? "unexpected end of data" : "invalid continuation byte";
                i = handleDecodeError(sb, errors, b, i, i + j, "utf-8", reason);
                continue;
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
    }

    static void decodeUtf16(byte[] b, String codec, String errors, StringBuilder sb) {
        boolean be = codec.equals("utf_16_be");
        int i = 0, n = b.length;
        if (codec.equals("utf_16") && n >= 2) {
            if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) i = 2;
            else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) { i = 2; be = true; }
        }
        String name = be ? "utf-16-be" : "utf-16-le";
        while (i < n) {
            if (i + 1 >= n) {
                i = handleDecodeError(sb, errors, b, i, n, name, "truncated data");
                continue;
            }
            int u = unit16(b, i, be);
            if (u < 0xd800 || u > 0xdfff) { sb.append((char) u); i += 2; continue; }
            if (u >= 0xdc00) {
                i = surrogatePass(errors, sb, u) ? i + 2 : handleDecodeError(sb, errors, b, i, i + 2, name, "illegal encoding");
                continue;
            }
            if (i + 3 >= n) {
                // a high surrogate without room for its low half
                i = surrogatePass(errors, sb, u) ? i + 2 : handleDecodeError(sb, errors, b, i, n, name, "unexpected end of data");
                continue;
            }
            int u2 = unit16(b, i + 2, be);
            if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                sb.append((char) u).append((char) u2);
                i += 4;
            } else {
                i = surrogatePass(errors, sb, u) ? i + 2 : handleDecodeError(sb, errors, b, i, i + 2, name, "illegal UTF-16 surrogate");
            }
        }
    }

    static int unit16(byte[] b, int i, boolean be) {
        return be ? ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff) : ((b[i + 1] & 0xff) << 8) | (b[i] & 0xff);
    }

    static void decodeUtf32(byte[] b, String codec, String errors, StringBuilder sb) {
        boolean be = codec.equals("utf_32_be");
        int i = 0, n = b.length;
        if (codec.equals("utf_32") && n >= 4) {
            if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) i = 4;
            else if (b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) { i = 4; be = true; }
        }
        String name = be ? "utf-32-be" : "utf-32-le";
        while (i < n) {
            if (i + 3 >= n) {
                i = handleDecodeError(sb, errors, b, i, n, name, "truncated data");
                continue;
            }
            long cp = be ? ((long) (b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff)
                    : ((long) (b[i + 3] & 0xff) << 24) | ((b[i + 2] & 0xff) << 16) | ((b[i + 1] & 0xff) << 8) | (b[i] & 0xff);
            if (cp > 0x10ffff) { i = handleDecodeError(sb, errors, b, i, i + 4, name, "code point not in range(0x110000)"); continue; }
            if (cp >= 0xd800 && cp <= 0xdfff && !surrogatePass(errors, sb, (int) cp)) {
                i = handleDecodeError(sb, errors, b, i, i + 4, name, "code point in surrogate code point range(0xd800, 0xe000)");
                continue;
            }
            if (cp < 0xd800 || cp > 0xdfff) sb.appendCodePoint((int) cp);
            i += 4;
        }
    }

    /** surrogatepass decoding: the surrogate code unit as is. */
    static boolean surrogatePass(String errors, StringBuilder sb, int unit) {
        if (!errors.equals("surrogatepass")) return false;
        sb.append((char) unit);
        return true;
    }

    /**
     * Applies the error handler to the bytes [start, end); returns where decoding resumes (end,
     * or less for surrogateescape), or raises UnicodeDecodeError when the handler cannot help.
     */
    static int handleDecodeError(StringBuilder sb, String errors, byte[] b, int start, int end, String enc, String reason) {
        switch (errors) {
            case "strict", "surrogatepass" -> throw decodeError(enc, b, start, end, reason);
            case "ignore" -> { return end; }
            case "replace" -> { sb.append('\ufffd'); return end; }
            case "surrogateescape" -> {
                // CPython's PyCodec_SurrogateEscapeErrors: the leading bytes >= 0x80 (up to 4) become
                // U+DC80..U+DCFF, and decoding goes on after them
                int k = start;
                while (k < end && k < start + 4 && (b[k] & 0xff) >= 0x80) sb.append((char) (0xdc00 + (b[k++] & 0xff)));
                if (k == start) throw decodeError(enc, b, start, end, reason);
                return k;
            }
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) sb.append("\\x").append(PyStr.hex2(b[k] & 0xff));
                return end;
            }
            default -> throw unknownHandler(errors);
        }
    }
}
