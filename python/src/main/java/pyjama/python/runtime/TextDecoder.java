package pyjama.python.runtime;

/**
 * The decoding half of TextIOWrapper: bytes of an ASCII-compatible encoding (utf-8, ascii,
 * latin-1) to text, chunk by chunk, with an error handler and universal-newline translation
 * (CPython's incremental decoder and IncrementalNewlineDecoder in one loop).
 *
 * <p>When the input is not final, decoding stops before an incomplete UTF-8 sequence and, in
 * universal newline mode, before a trailing {@code '\r'} (which may be the first half of
 * {@code "\r\n"}); the caller keeps those bytes for the next chunk. So a decoded chunk never
 * ends inside a character, nor inside a CRLF that universal mode must see whole.
 * Error segments are CPython's (maximal invalid subparts), so replacement characters and
 * UnicodeDecodeError positions are the same as {@code bytes.decode}'s.
 */
final class TextDecoder {
    static final int LF = 1, CR = 2, CRLF = 4;

    /** "utf-8", "ascii" or "latin-1". */
    final String encoding;
    final String errors;
    /** Universal newlines with translation (newline=None): "\r\n" and "\r" become "\n". */
    final boolean translate;
    /** Record which newlines were seen (newline=None or ''), for the newlines attribute. */
    final boolean universal;
    /**
     * Hold back a CR that ends non-final input, as CPython's IncrementalNewlineDecoder does in
     * universal mode (its "pending CR"): it may be the first half of CRLF.
     */
    final boolean holdsCr;
    int seen;

    private StringBuilder out;

    TextDecoder(String encoding, String errors, boolean translate, boolean universal) {
        this.encoding = encoding;
        this.errors = errors;
        this.translate = translate;
        this.universal = universal;
        this.holdsCr = universal;
    }

    /** The encodings this decoder handles (normalized), or null. */
    static String supported(String encoding) {
        // Codecs.norm gives Python's codec names (utf_8, latin_1); the decoder and its error
        // messages use the names CPython's codecs report ('utf-8' codec can't decode ...).
        switch (Codecs.norm(encoding)) {
            case "utf_8": return "utf-8";
            case "ascii": return "ascii";
            case "latin_1": return "latin-1";
            default: return null;
        }
    }

    private void emit(char c, int at) { out.append(c); }

    private void error(byte[] in, int start, int end, int base, String reason) {
        Codecs.handleDecodeError(out, errors, in, start, end, encoding, reason);
    }

    /** Decodes in[start, end) into sb and returns how many bytes were used. */
    int decode(byte[] in, int start, int end, boolean fin, StringBuilder sb) {
        this.out = sb;
        int i = start;
        boolean utf8 = encoding.equals("utf-8"), ascii = encoding.equals("ascii");
        while (i < end) {
            int x = in[i] & 0xff;
            if (x == '\r') {
                if (i + 1 >= end && !fin && holdsCr) break;
                boolean crlf = i + 1 < end && in[i + 1] == '\n';
                if (universal) seen |= crlf ? CRLF : CR;
                if (translate) {
                    emit('\n', i - start);
                    i += crlf ? 2 : 1;
                } else {
                    emit('\r', i - start);
                    i++;
                }
                if (crlf && !translate) {
                    emit('\n', i - start);
                    i++;
                }
                continue;
            }
            if (x < 0x80) {
                if (x == '\n' && universal) seen |= LF;
                emit((char) x, i - start);
                i++;
                continue;
            }
            if (!utf8) {
                if (ascii) error(in, i, i + 1, start, "ordinal not in range(128)");
                else emit((char) x, i - start);
                i++;
                continue;
            }
            int need, cp;
            if (x >= 0xc2 && x <= 0xdf) { need = 1; cp = x & 0x1f; }
            else if (x >= 0xe0 && x <= 0xef) { need = 2; cp = x & 0x0f; }
            else if (x >= 0xf0 && x <= 0xf4) { need = 3; cp = x & 0x07; }
            else {
                error(in, i, i + 1, start, "invalid start byte");
                i++;
                continue;
            }
            int j = 1;
            boolean bad = false;
            for (; j <= need; j++) {
                if (i + j >= end) { bad = true; break; }
                int y = in[i + j] & 0xff;
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
                if (i + j >= end && !fin) break; // incomplete: wait for the rest
                error(in, i, i + j, start, i + j >= end ? "unexpected end of data" : "invalid continuation byte");
                i += j;
                continue;
            }
            if (cp >= 0x10000) {
                emit(Character.highSurrogate(cp), i - start);
                emit(Character.lowSurrogate(cp), i - start);
            } else {
                emit((char) cp, i - start);
            }
            i += need + 1;
        }
        this.out = null;
        return i - start;
    }

    /** The newlines attribute: None, one kind, or a tuple of kinds in CPython's order. */
    PyObject newlines() {
        switch (seen) {
            case 0: return T.None;
            case LF: return new PyStr("\n");
            case CR: return new PyStr("\r");
            case CRLF: return new PyStr("\r\n");
            default:
                java.util.List<PyObject> kinds = new java.util.ArrayList<>();
                if ((seen & CR) != 0) kinds.add(new PyStr("\r"));
                if ((seen & LF) != 0) kinds.add(new PyStr("\n"));
                if ((seen & CRLF) != 0) kinds.add(new PyStr("\r\n"));
                return PyTuple.of(kinds.toArray(new PyObject[0]));
        }
    }
}
