package pyjama.python.regex;

/**
 * CPython's re._parser.Tokenizer over code points (bytes patterns: one byte per element).
 * A token is one character, or a backslash and the character after it; escape tokens are
 * encoded as {@code ESC | c} so they never compare equal to a plain character.
 */
final class PatternSource {
    static final int ESC = 1 << 24;
    static final int NONE = -1;

    final int[] text;
    final boolean isText;
    /** The pattern as a String (bytes decoded as Latin-1), for error objects. */
    final String string;
    private int index;
    /** The current token, or NONE at the end. */
    int next;

    PatternSource(int[] text, boolean isText, String string) {
        this.text = text;
        this.isText = isText;
        this.string = string;
        this.index = 0;
        advance();
    }

    private void advance() {
        int i = index;
        if (i >= text.length) {
            next = NONE;
            return;
        }
        int c = text[i];
        if (c == '\\') {
            i++;
            if (i >= text.length) {
                throw new PatternError("bad escape (end of pattern)", string, !isText, text.length - 1);
            }
            c = ESC | text[i];
        }
        index = i + 1;
        next = c;
    }

    boolean match(int c) {
        if (c == next) {
            advance();
            return true;
        }
        return false;
    }

    int get() {
        int t = next;
        advance();
        return t;
    }

    int tell() { return index - tokenLength(next); }

    void seek(int i) {
        index = i;
        advance();
    }

    static int tokenLength(int token) {
        if (token == NONE) return 0;
        return (token & ESC) != 0 ? 2 : 1;
    }

    /** The token's text, as Python sees it ("\\x" for an escape token). */
    static String tokenText(int token) {
        if (token == NONE) return "";
        StringBuilder sb = new StringBuilder(2);
        if ((token & ESC) != 0) sb.append('\\');
        sb.appendCodePoint(token & ~ESC);
        return sb.toString();
    }

    static boolean isDigit(int token) { return token >= '0' && token <= '9'; }

    static boolean isOctDigit(int token) { return token >= '0' && token <= '7'; }

    static boolean isHexDigit(int token) {
        return (token >= '0' && token <= '9') || (token >= 'a' && token <= 'f') || (token >= 'A' && token <= 'F');
    }

    /** Reads up to n plain hex digits. */
    String getHex(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n && isHexDigit(next); k++) sb.append((char) get());
        return sb.toString();
    }

    String getOct(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n && isOctDigit(next); k++) sb.append((char) get());
        return sb.toString();
    }

    /** Tokenizer.getuntil: text up to the terminator, which is consumed. */
    String getUntil(int terminator, String name) {
        StringBuilder result = new StringBuilder();
        while (true) {
            int c = next;
            advance();
            if (c == NONE) {
                if (result.length() == 0) throw error("missing " + name, 0);
                throw error("missing " + (char) terminator + ", unterminated name",
                        result.codePointCount(0, result.length()));
            }
            if (c == terminator) {
                if (result.length() == 0) throw error("missing " + name, 1);
                break;
            }
            result.append(tokenText(c));
        }
        return result.toString();
    }

    PatternError error(String msg, int offset) {
        if (!isText) msg = PyText.backslashReplace(msg);
        return new PatternError(msg, string, !isText, tell() - offset);
    }

    /** Tokenizer.checkgroupname. */
    void checkGroupName(String name, int offset) {
        int len = name.codePointCount(0, name.length());
        if (!(isText || CharKind.isAscii(name))) {
            throw error("bad character in group name " + PyText.ascii(name), len + offset);
        }
        if (!CharKind.isIdentifier(name)) {
            throw error("bad character in group name " + PyText.repr(name), len + offset);
        }
    }
}
