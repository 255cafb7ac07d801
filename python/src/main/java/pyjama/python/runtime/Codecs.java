package pyjama.python.runtime;

import java.io.ByteArrayOutputStream;

/** The text codecs the interpreter needs: utf-8, ascii, latin-1 (others are the codecs module's). */
public final class Codecs {
    private Codecs() {}

    static String norm(String enc) {
        String e = enc.toLowerCase().replace('_', '-');
        switch (e) {
            case "utf8": case "utf-8": case "u8": case "utf": case "cp65001": return "utf-8";
            case "ascii": case "us-ascii": case "646": return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": case "8859": case "cp819": return "latin-1";
            case "utf-16": case "utf16": case "u16": return "utf-16";
            case "utf-16-le": case "utf-16le": case "utf16le": return "utf-16-le";
            case "utf-16-be": case "utf-16be": case "utf16be": return "utf-16-be";
            default: return e;
        }
    }

    static PyException unknown(String enc) {
        return Exc.make(Exc.LookupError, "unknown encoding: " + enc);
    }

    public static byte[] encode(String s, String enc0, String errors) {
        String enc = norm(enc0);
        if (enc.startsWith("utf-16")) {
            boolean be = enc.equals("utf-16-be");
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            if (enc.equals("utf-16")) { o.write(0xff); o.write(0xfe); }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (be) { o.write(c >> 8); o.write(c & 0xff); } else { o.write(c & 0xff); o.write(c >> 8); }
            }
            return o.toByteArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int limit = enc.equals("ascii") ? 128 : enc.equals("latin-1") ? 256 : -1;
        if (limit < 0 && !enc.equals("utf-8")) throw unknown(enc0);
        PyStr ps = null;
        int cpIndex = 0;
        for (int i = 0; i < s.length(); cpIndex++) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (limit < 0) {
                if (c >= 0xd800 && c <= 0xdfff) {
                    if (errors.equals("surrogateescape") && c >= 0xdc80 && c <= 0xdcff) { out.write(c - 0xdc00); continue; }
                    if (errors.equals("surrogatepass")) { writeUtf8(out, c); continue; }
                    if (errors.equals("ignore")) continue;
                    if (errors.equals("replace")) { out.write('?'); continue; }
                    if (errors.equals("backslashreplace")) { writeAscii(out, "\\u" + PyStr.hex(c, 4)); continue; }
                    if (ps == null) ps = new PyStr(s);
                    throw encodeError("utf-8", ps, cpIndex, cpIndex + 1, "surrogates not allowed");
                }
                writeUtf8(out, c);
            } else if (c < limit) {
                out.write(c);
            } else {
                switch (errors) {
                    case "ignore": break;
                    case "replace": out.write('?'); break;
                    case "backslashreplace":
                        writeAscii(out, c <= 0xff ? "\\x" + PyStr.hex(c, 2) : c <= 0xffff ? "\\u" + PyStr.hex(c, 4) : "\\U" + PyStr.hex(c, 8));
                        break;
                    case "xmlcharrefreplace": writeAscii(out, "&#" + c + ";"); break;
                    case "surrogateescape":
                        if (c >= 0xdc80 && c <= 0xdcff) { out.write(c - 0xdc00); break; }
                        // fallthrough
                    default: {
                        if (ps == null) ps = new PyStr(s);
                        int end = cpIndex + 1;
                        int j = i;
                        while (j < s.length()) {
                            int c2 = s.codePointAt(j);
                            if (c2 < limit) break;
                            j += Character.charCount(c2);
                            end++;
                        }
                        throw encodeError(enc.equals("ascii") ? "ascii" : "latin-1", ps, cpIndex, end, "ordinal not in range(" + limit + ")");
                    }
                }
            }
        }
        return out.toByteArray();
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

    public static String decode(byte[] b, String enc0, String errors) {
        String enc = norm(enc0);
        if (enc.startsWith("utf-16")) {
            boolean be = enc.equals("utf-16-be");
            int i = 0;
            if (enc.equals("utf-16") && b.length >= 2) {
                if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) i = 2;
                else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) { i = 2; be = true; }
            }
            StringBuilder sb = new StringBuilder();
            for (; i + 1 < b.length; i += 2) {
                int c = be ? ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff) : ((b[i + 1] & 0xff) << 8) | (b[i] & 0xff);
                sb.append((char) c);
            }
            if (i < b.length) {
                handleDecodeError(sb, errors, b, i, b.length, enc.equals("utf-16") ? "utf-16-le" : enc, "truncated data");
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder(b.length);
        if (enc.equals("latin-1")) {
            for (byte x : b) sb.append((char) (x & 0xff));
            return sb.toString();
        }
        if (enc.equals("ascii")) {
            for (int i = 0; i < b.length; i++) {
                int x = b[i] & 0xff;
                if (x < 128) sb.append((char) x);
                else if (!handleDecodeError(sb, errors, b, i, i + 1, "ascii", "ordinal not in range(128)")) continue;
            }
            return sb.toString();
        }
        if (!enc.equals("utf-8")) throw unknown(enc0);
        int i = 0, n = b.length;
        while (i < n) {
            int x = b[i] & 0xff;
            if (x < 0x80) { sb.append((char) x); i++; continue; }
            int need, cp;
            if (x >= 0xc2 && x <= 0xdf) { need = 1; cp = x & 0x1f; }
            else if (x >= 0xe0 && x <= 0xef) { need = 2; cp = x & 0x0f; }
            else if (x >= 0xf0 && x <= 0xf4) { need = 3; cp = x & 0x07; }
            else {
                handleDecodeError(sb, errors, b, i, i + 1, "utf-8", "invalid start byte");
                i++;
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
                handleDecodeError(sb, errors, b, i, i + j, "utf-8", reason);
                i += j;
                continue;
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }

    static boolean handleDecodeError(StringBuilder sb, String errors, byte[] b, int start, int end, String enc, String reason) {
        switch (errors) {
            case "ignore": return false;
            case "replace": sb.append('\ufffd'); return false;
            case "surrogateescape":
                for (int k = start; k < end; k++) sb.append((char) (0xdc00 + (b[k] & 0xff)));
                return false;
            case "backslashreplace":
                for (int k = start; k < end; k++) sb.append("\\x").append(PyStr.hex2(b[k] & 0xff));
                return false;
            default:
                throw decodeError(enc, b, start, end, reason);
        }
    }
}
