package pyjama.python.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.12's tokenizer: indentation, implicit and explicit line joining, every literal
 * form, and PEP 701 f-strings (FSTRING_START / FSTRING_MIDDLE / FSTRING_END with ordinary
 * tokens for the replacement fields). The whole source is tokenized up front; the first error
 * becomes a final ERROR token so the parser raises it only when it gets there, as CPython's
 * lazy tokenizer does.
 *
 * <p>Columns count code points; the source is held as an int[] of code points for that reason.
 */
final class Tokenizer {
    static final int MAX_PAREN_LEVEL = 200;
    static final int MAX_INDENT = 100;

    final int[] src;
    final String filename;
    /** Code-point index where each line starts; lineStarts.get(0) is line 1. */
    final List<Integer> lineStarts = new ArrayList<>();

    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atLineStart = true;
    /** True once the current logical line has produced a token (so a NEWLINE is due). */
    private boolean lineHasTokens;

    private final int[] indents = new int[MAX_INDENT + 2];
    private final int[] altIndents = new int[MAX_INDENT + 2];
    private int indentDepth;

    /** Open brackets: char, and where it was (for "'(' was never closed"). */
    private final List<int[]> brackets = new ArrayList<>();

    /** Mode stack for f-strings: literal text, a replacement field, or a format spec. */
    private static final int M_FSTR = 0, M_FIELD = 1, M_SPEC = 2;
    private record Mode(int kind, int quote, boolean triple, boolean raw, int bracketDepth, int fstrIndex,
                        int openLine, int openCol) {
        Mode(int kind, int quote, boolean triple, boolean raw, int bracketDepth, int fstrIndex) {
            this(kind, quote, triple, raw, bracketDepth, fstrIndex, 0, 0);
        }
    }
    private final List<Mode> modes = new ArrayList<>();

    private final List<Token> out = new ArrayList<>();

    /**
     * False for codeop's PyCF_DONT_IMPLY_DEDENT: a source not ending in a newline gets no
     * DEDENTs at its end, so an open block stays open (the REPL's "..." logic).
     */
    boolean impliedDedent = true;

    Tokenizer(String source, String filename) {
        this.filename = filename;
        // Universal newlines, as CPython's tokenizer does before anything else.
        StringBuilder sb = new StringBuilder(source.length());
        int n = source.length();
        int i = 0;
        if (n > 0 && source.charAt(0) == '\uFEFF') i = 1;
        for (; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && source.charAt(i + 1) == '\n') i++;
            } else {
                sb.append(c);
            }
        }
        String s = sb.toString();
        src = s.codePoints().toArray();
        lineStarts.add(0);
        for (int k = 0; k < src.length; k++) {
            if (src[k] == '\n') lineStarts.add(k + 1);
        }
    }

    /** The text of line {@code ln} (1-based) including its newline if it has one, or null. */
    String lineText(int ln) {
        if (ln < 1 || ln > lineStarts.size()) return null;
        int s = lineStarts.get(ln - 1);
        int e = ln < lineStarts.size() ? lineStarts.get(ln) : src.length;
        if (s >= src.length && ln > 1) return null;
        return new String(src, s, e - s);
    }

    /** The line as CPython's parser errors show it: always ending in a newline. */
    String lineTextNl(int ln) {
        String t = lineText(ln);
        if (t == null) return null;
        return t.endsWith("\n") ? t : t + "\n";
    }

    String slice(int start, int end) {
        return new String(src, start, end - start);
    }

    int colOf(int index) {
        // columns are relative to the line containing index; only used for the current line
        return index - lineStart;
    }

    // ---------------------------------------------------------------- driver

    List<Token> tokenize() {
        try {
            while (true) {
                boolean done = step();
                if (done) break;
            }
        } catch (PySyntaxError e) {
            out.add(new Token(Token.Kind.ERROR, "", e.line(), Math.max(0, e.col() - 1), e.line(),
                    Math.max(0, e.col() - 1), pos, pos, e));
        }
        return out;
    }

    private int peekc(int off) {
        int p = pos + off;
        return p < src.length ? src[p] : -1;
    }

    private void emit(Token.Kind kind, String text, int startIdx, int startLine, int startCol) {
        out.add(new Token(kind, text, startLine, startCol, line, pos - lineStart, startIdx, pos, null));
        if (kind != Token.Kind.NEWLINE && kind != Token.Kind.INDENT && kind != Token.Kind.DEDENT) {
            lineHasTokens = true;
        }
    }

    private Mode topMode() {
        return modes.isEmpty() ? null : modes.get(modes.size() - 1);
    }

    /** Produces the next token(s); returns true after ENDMARKER. */
    private boolean step() {
        Mode m = topMode();
        if (m != null && (m.kind == M_FSTR || m.kind == M_SPEC)) {
            scanFStringText(m);
            return false;
        }
        if (atLineStart && brackets.isEmpty() && m == null) {
            if (handleIndentation()) return false;
        }
        atLineStart = false;
        // whitespace, comments, continuation lines
        while (true) {
            int c = peekc(0);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length && src[pos] != '\n') pos++;
            } else if (c == '\\') {
                if (peekc(1) == '\n') {
                    pos += 2;
                    newLine();
                    if (pos >= src.length) {
                        throw err(PySyntaxError.Kind.SYNTAX, "unexpected EOF while parsing", line - 1,
                                lineLen(line - 1) + 1, line - 1, -1, lineTextNl(line - 1));
                    }
                } else if (peekc(1) == -1) {
                    throw err(PySyntaxError.Kind.SYNTAX, "unexpected EOF while parsing", line,
                            pos - lineStart + 2, line, -1, lineTextNl(line));
                } else {
                    throw err(PySyntaxError.Kind.SYNTAX, "unexpected character after line continuation character",
                            line, pos - lineStart + 2, line, 0, lineTextNl(line));
                }
            } else {
                break;
            }
        }
        int c = peekc(0);
        int startIdx = pos, startLine = line, startCol = pos - lineStart;
        if (c == -1) {
            return endOfFile();
        }
        if (c == '\n') {
            pos++;
            if (m != null) {
                // inside an f-string replacement field: 3.12 lets the expression span lines
                newLine();
                return false;
            }
            if (!brackets.isEmpty()) {
                newLine();
                return false;
            }
            if (lineHasTokens) {
                out.add(new Token(Token.Kind.NEWLINE, "\n", startLine, startCol, startLine, startCol + 1,
                        startIdx, pos, null));
                lineHasTokens = false;
            }
            newLine();
            atLineStart = true;
            return false;
        }
        if (isIdentStart(c)) {
            scanNameOrString();
            return false;
        }
        if (isDigit(c) || (c == '.' && isDigit(peekc(1)))) {
            scanNumber();
            return false;
        }
        if (c == '"' || c == '\'') {
            scanString(startIdx, "", startLine, startCol);
            return false;
        }
        scanOperator(m);
        return false;
    }

    private int lineLen(int ln) {
        String t = lineText(ln);
        if (t == null) return 0;
        return (int) t.codePoints().filter(ch -> ch != '\n').count();
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private boolean endOfFile() {
        if (!modes.isEmpty() && brackets.isEmpty() && topMode().kind == M_FIELD) {
            Mode fm = topMode();
            throw new PySyntaxError(PySyntaxError.Kind.SYNTAX, "'{' was never closed", filename, fm.openLine,
                    fm.openCol + 1, fm.openLine, 0, lineTextNl(fm.openLine), true);
        }
        if (!modes.isEmpty() && !brackets.isEmpty()) {
            int[] b = brackets.get(brackets.size() - 1);
            throw new PySyntaxError(PySyntaxError.Kind.SYNTAX,
                    "'" + (char) b[0] + "' was never closed", filename, b[1], b[2] + 1, b[1], 0,
                    lineTextNl(b[1]), true);
        }
        if (!modes.isEmpty()) {
            Mode f = null;
            for (int i = modes.size() - 1; i >= 0; i--) {
                if (modes.get(i).kind == M_FSTR) { f = modes.get(i); break; }
            }
            throw unterminatedFString(f);
        }
        if (!brackets.isEmpty()) {
            int[] b = brackets.get(brackets.size() - 1);
            throw new PySyntaxError(PySyntaxError.Kind.SYNTAX,
                    "'" + (char) b[0] + "' was never closed", filename, b[1], b[2] + 1, b[1], 0,
                    lineTextNl(b[1]), true);
        }
        int endLine = line, endCol = pos - lineStart;
        if (lineHasTokens) {
            out.add(new Token(Token.Kind.NEWLINE, "", line, endCol, line, endCol + 1, pos, pos, null));
            lineHasTokens = false;
        }
        // ENDMARKER sits on the line after the last one, as CPython's.
        int eofLine = endCol == 0 ? endLine : endLine + 1;
        boolean endsInNewline = src.length > 0 && src[src.length - 1] == '\n';
        while (indentDepth > 0 && (impliedDedent || endsInNewline)) {
            indentDepth--;
            out.add(new Token(Token.Kind.DEDENT, "", eofLine, 0, eofLine, 0, pos, pos, null));
        }
        out.add(new Token(Token.Kind.ENDMARKER, "", eofLine, 0, eofLine, 0, pos, pos, null));
        return true;
    }

    /**
     * At the start of a physical line outside brackets: measures the indentation (tabs to
     * multiples of 8, and again counting a tab as 1 to detect inconsistent mixes), skips blank
     * and comment-only lines, and emits INDENT/DEDENT. Returns true if it consumed a blank line.
     */
    private boolean handleIndentation() {
        int col = 0, alt = 0;
        int p = pos;
        while (p < src.length) {
            int c = src[p];
            if (c == ' ') { col++; alt++; }
            else if (c == '\t') { col = (col / 8 + 1) * 8; alt++; }
            else if (c == '\f') { col = 0; alt = 0; }
            else break;
            p++;
        }
        int c = p < src.length ? src[p] : -1;
        if (c == '#' || c == '\n' || c == -1) {
            // blank line: indentation is irrelevant
            pos = p;
            if (c == '#') {
                while (pos < src.length && src[pos] != '\n') pos++;
            }
            if (pos < src.length) {
                pos++;
                newLine();
                return true;
            }
            atLineStart = false;
            return true;
        }
        pos = p;
        atLineStart = false;
        int startCol = p - lineStart;
        if (col == indents[indentDepth]) {
            if (alt != altIndents[indentDepth]) throw tabError();
        } else if (col > indents[indentDepth]) {
            if (indentDepth + 1 >= MAX_INDENT) {
                throw err(PySyntaxError.Kind.INDENTATION, "too many levels of indentation", line,
                        lineLen(line) + 1, line, -1, lineTextNl(line));
            }
            if (alt <= altIndents[indentDepth]) throw tabError();
            indentDepth++;
            indents[indentDepth] = col;
            altIndents[indentDepth] = alt;
            out.add(new Token(Token.Kind.INDENT, "", line, 0, line, startCol, lineStart, p, null));
        } else {
            while (indentDepth > 0 && col < indents[indentDepth]) {
                indentDepth--;
                out.add(new Token(Token.Kind.DEDENT, "", line, startCol, line, startCol, p, p, null));
            }
            if (col != indents[indentDepth]) {
                String t = lineText(line);
                int len = t == null ? 0 : (int) t.codePoints().count();
                if (t != null && !t.endsWith("\n")) len++;
                throw err(PySyntaxError.Kind.INDENTATION, "unindent does not match any outer indentation level",
                        line, len, line, -1, lineTextNl(line));
            }
            if (alt != altIndents[indentDepth]) throw tabError();
        }
        return false;
    }

    private PySyntaxError tabError() {
        return err(PySyntaxError.Kind.TAB, "inconsistent use of tabs and spaces in indentation", line, 1, line, 0,
                lineTextNl(line));
    }

    private PySyntaxError err(PySyntaxError.Kind kind, String msg, int ln, int col, int endLn, int endCol, String text) {
        boolean atEof = msg.startsWith("unexpected EOF") || msg.startsWith("unterminated triple-quoted");
        return new PySyntaxError(kind, msg, filename, ln, col, endLn, endCol, text, atEof);
    }

    /** An error at code-point index {@code idx} of the current line, as CPython's tokenizer reports it. */
    private PySyntaxError errHere(String msg, int offset, int endOffset) {
        return err(PySyntaxError.Kind.SYNTAX, msg, line, offset, line, endOffset, lineText(line));
    }

    // ---------------------------------------------------------------- names and strings

    static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    static boolean isIdentStart(int c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.LETTER_NUMBER -> true;
            default -> c == 0x2118 || c == 0x212E || c == 0x309B || c == 0x309C || c == 0x1885 || c == 0x1886;
        };
    }

    static boolean isIdentPart(int c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
        if (isIdentStart(c)) return true;
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.CONNECTOR_PUNCTUATION -> true;
            default -> c == 0x00B7 || c == 0x0387 || (c >= 0x1369 && c <= 0x1371) || c == 0x19DA;
        };
    }

    private void scanNameOrString() {
        int startIdx = pos, startLine = line, startCol = pos - lineStart;
        // string prefixes: at most two letters from b, r, u, f
        int p = pos;
        boolean b = false, r = false, u = false, f = false;
        while (p < src.length && p - pos < 3) {
            int c = src[p] | 0x20;
            if (c == 'b' && !b && !u && !f) b = true;
            else if (c == 'r' && !r && !u) r = true;
            else if (c == 'u' && !b && !r && !f && !u && p == pos) u = true;
            else if (c == 'f' && !f && !b && !u) f = true;
            else break;
            p++;
        }
        if (p > pos && p < src.length && (src[p] == '"' || src[p] == '\'')) {
            String prefix = slice(pos, p);
            pos = p;
            scanString(startIdx, prefix, startLine, startCol);
            return;
        }
        boolean ascii = true;
        while (pos < src.length && isIdentPart(src[pos])) {
            if (src[pos] >= 128) ascii = false;
            pos++;
        }
        if (pos < src.length && src[pos] >= 128 && !isIdentPart(src[pos]) && !Character.isWhitespace(src[pos])) {
            // CPython treats the whole run as one (invalid) identifier and names the bad character
            int bad = src[pos];
            throw invalidCharacter(bad, pos);
        }
        String name = slice(startIdx, pos);
        if (!ascii) name = Identifiers.normalize(name);
        emit(Token.Kind.NAME, name, startIdx, startLine, startCol);
    }

    private PySyntaxError invalidCharacter(int c, int idx) {
        int off = idx - lineStart + 1;
        String shown = new String(Character.toChars(c));
        String hex = Integer.toHexString(c).toUpperCase();
        while (hex.length() < 4) hex = "0" + hex;
        boolean printable = !(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE
                || Character.getType(c) == Character.PRIVATE_USE || Character.isSpaceChar(c));
        String msg = printable ? "invalid character '" + shown + "' (U+" + hex + ")"
                : "invalid non-printable character U+" + hex;
        return errHere(msg, off, off);
    }

    /** Scans a string literal whose prefix (already consumed) is {@code prefix}; pos is at the quote. */
    private void scanString(int startIdx, String prefix, int startLine, int startCol) {
        int quote = src[pos];
        boolean triple = peekc(1) == quote && peekc(2) == quote;
        String lp = prefix.toLowerCase();
        boolean raw = lp.indexOf('r') >= 0;
        if (lp.indexOf('f') >= 0) {
            pos += triple ? 3 : 1;
            emit(Token.Kind.FSTRING_START, slice(startIdx, pos), startIdx, startLine, startCol);
            modes.add(new Mode(M_FSTR, quote, triple, raw, brackets.size(), modes.size()));
            return;
        }
        pos += triple ? 3 : 1;
        Mode enclosing = topMode();
        while (true) {
            if (pos >= src.length || (src[pos] == '\n' && !triple)) {
                if (enclosing != null && enclosing.kind == M_FIELD && !triple && quote == enclosing.quote
                        && !enclosing.triple) {
                    throw errHere("f-string: expecting '}'", startCol + 1, startCol + 1);
                }
            }
            if (pos >= src.length) throw unterminated(triple, startLine, startCol);
            int c = src[pos];
            if (c == '\\') {
                pos++;
                if (pos < src.length) {
                    if (src[pos] == '\n') { pos++; newLine(); continue; }
                    pos++;
                }
                continue;
            }
            if (c == '\n') {
                if (!triple) throw unterminated(false, startLine, startCol);
                pos++;
                newLine();
                continue;
            }
            if (c == quote) {
                if (!triple) { pos++; break; }
                if (peekc(1) == quote && peekc(2) == quote) { pos += 3; break; }
            }
            pos++;
        }
        emit(Token.Kind.STRING, slice(startIdx, pos), startIdx, startLine, startCol);
    }

    private PySyntaxError unterminated(boolean triple, int startLine, int startCol) {
        int detected = pos >= src.length && src.length > 0 && src[src.length - 1] == '\n' ? line - 1 : line;
        if (!triple) detected = startLine;
        String msg = triple ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                : "unterminated string literal (detected at line " + detected + ")";
        String t = lineText(startLine);
        if (t != null && t.endsWith("\n")) t = t.substring(0, t.length() - 1);
        return err(PySyntaxError.Kind.SYNTAX, msg, startLine, startCol + 1, startLine, startCol + 1, t);
    }

    private PySyntaxError unterminatedFString(Mode f) {
        int detected = line;
        if (pos >= src.length && src.length > 0 && src[src.length - 1] == '\n') detected = line - 1;
        // find the FSTRING_START token for the position
        int sl = line, sc = 0;
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i).kind() == Token.Kind.FSTRING_START) { sl = out.get(i).line(); sc = out.get(i).col(); break; }
        }
        boolean triple = f != null && f.triple;
        String msg = triple ? "unterminated triple-quoted f-string literal (detected at line " + detected + ")"
                : "unterminated f-string literal (detected at line " + detected + ")";
        String t = lineText(sl);
        if (t != null && t.endsWith("\n")) t = t.substring(0, t.length() - 1);
        return err(PySyntaxError.Kind.SYNTAX, msg, sl, sc + 1, sl, sc + 1, t);
    }

    /**
     * Scans literal text of an f-string (or of a format spec) up to a replacement field, the
     * end of the spec, or the closing quote. Emits FSTRING_MIDDLE with the text as written
     * except that {@code {{}/{@code }}} are halved; escapes are decoded by the parser.
     */
    private void scanFStringText(Mode m) {
        Mode f = modes.get(m.fstrIndex);
        boolean spec = m.kind == M_SPEC;
        int startIdx = pos, startLine = line, startCol = pos - lineStart;
        StringBuilder text = new StringBuilder();
        while (true) {
            if (pos >= src.length) {
                if (spec) {
                    throw errHere("f-string: expecting '}'", pos - lineStart + 1, pos - lineStart + 1);
                }
                throw unterminatedFString(f);
            }
            int c = src[pos];
            if (c == f.quote && (!f.triple || (peekc(1) == f.quote && peekc(2) == f.quote))) {
                if (spec) {
                    // the parser reports "expecting '}', or format specs" at the FSTRING_END
                    modes.remove(modes.size() - 1);
                    modes.remove(modes.size() - 1);
                }
                if (text.length() > 0 || pos > startIdx) {
                    emitMiddle(text, startIdx, startLine, startCol);
                    startIdx = pos; startLine = line; startCol = pos - lineStart;
                }
                pos += f.triple ? 3 : 1;
                modes.remove(modes.size() - 1);
                emit(Token.Kind.FSTRING_END, slice(startIdx, pos), startIdx, startLine, startCol);
                return;
            }
            if (c == '\n') {
                if (!f.triple) {
                    if (spec) {
                        throw errHere("f-string: expecting '}'", pos - lineStart + 1, pos - lineStart + 1);
                    }
                    throw unterminatedFString(f);
                }
                text.append('\n');
                pos++;
                newLine();
                continue;
            }
            if (c == '\\' && f.raw) {
                // a raw f-string keeps the backslash, but it still protects a quote or backslash
                int n = peekc(1);
                if (n == f.quote || n == '\\') {
                    text.appendCodePoint(c).appendCodePoint(n);
                    pos += 2;
                    continue;
                }
            }
            if (c == '\\' && !f.raw) {
                // an escape; \N{...} is not a replacement field
                if (peekc(1) == 'N' && peekc(2) == '{') {
                    int p = pos + 3;
                    while (p < src.length && src[p] != '}' && src[p] != '\n' && src[p] != f.quote) p++;
                    if (p < src.length && src[p] == '}') {
                        text.appendCodePoint('\\').append("N{").append(slice(pos + 3, p)).append('}');
                        pos = p + 1;
                        continue;
                    }
                }
                text.appendCodePoint(c);
                pos++;
                if (pos < src.length && src[pos] != '{' && src[pos] != '}') {
                    if (src[pos] == '\n') {
                        text.append('\n');
                        pos++;
                        newLine();
                    } else {
                        text.appendCodePoint(src[pos]);
                        pos++;
                    }
                }
                continue;
            }
            if (c == '{') {
                if (!spec && peekc(1) == '{') {
                    text.append('{');
                    pos += 2;
                    continue;
                }
                if (pos > startIdx) emitMiddle(text, startIdx, startLine, startCol);
                int s = pos;
                pos++;
                emit(Token.Kind.OP, "{", s, line, s - lineStart);
                if (modes.size() >= MAX_PAREN_LEVEL) {
                    throw errHere("too many nested parentheses", s - lineStart + 1, s - lineStart + 1);
                }
                modes.add(new Mode(M_FIELD, f.quote, f.triple, f.raw, brackets.size(), m.fstrIndex, line, s - lineStart));
                return;
            }
            if (c == '}') {
                if (spec) {
                    if (pos > startIdx) emitMiddle(text, startIdx, startLine, startCol);
                    int s = pos;
                    pos++;
                    modes.remove(modes.size() - 1); // the spec
                    modes.remove(modes.size() - 1); // its field
                    emit(Token.Kind.OP, "}", s, line, s - lineStart);
                    return;
                }
                if (peekc(1) == '}') {
                    text.append('}');
                    pos += 2;
                    continue;
                }
                int off = pos - lineStart + 1;
                throw errHere("f-string: single '}' is not allowed", off, off);
            }
            text.appendCodePoint(c);
            pos++;
        }
    }

    private void emitMiddle(CharSequence text, int startIdx, int startLine, int startCol) {
        out.add(new Token(Token.Kind.FSTRING_MIDDLE, text.toString(), startLine, startCol, line, pos - lineStart,
                startIdx, pos, null));
        if (text instanceof StringBuilder sb) sb.setLength(0);
        lineHasTokens = true;
    }

    // ---------------------------------------------------------------- numbers

    private void scanNumber() {
        int startIdx = pos, startLine = line, startCol = pos - lineStart;
        int c = src[pos];
        if (c == '0' && (peekc(1) | 0x20) == 'x') {
            pos += 2;
            scanRadixDigits(16, "hexadecimal");
        } else if (c == '0' && (peekc(1) | 0x20) == 'o') {
            pos += 2;
            scanRadixDigits(8, "octal");
        } else if (c == '0' && (peekc(1) | 0x20) == 'b') {
            pos += 2;
            scanRadixDigits(2, "binary");
        } else {
            boolean isFloat = false;
            boolean leadingZero = c == '0';
            boolean nonZero = false;
            if (c != '.') {
                int zerosEnd = -1;
                if (leadingZero) {
                    // 0, 00, 0_0 are fine; 0777 is not, but 0777.5 and 0777e1 are
                    while (pos < src.length && (src[pos] == '0' || (src[pos] == '_' && isDigit(peekc(1))))) pos++;
                    zerosEnd = pos;
                    if (pos < src.length && src[pos] == '_') {
                        pos++;
                        int off = pos - lineStart;
                        throw errHere("invalid decimal literal", off, off);
                    }
                }
                scanDecimalDigits();
                for (int k = startIdx; k < pos; k++) if (src[k] >= '1' && src[k] <= '9') nonZero = true;
                int n = peekc(0);
                if (n == '.' || (n | 0x20) == 'e' || (n | 0x20) == 'j') {
                    // float or imaginary: leading zeros allowed
                } else if (leadingZero && nonZero) {
                    throw errHere("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", startCol + 1, zerosEnd - lineStart + 1);
                }
            }
            if (peekc(0) == '.') {
                isFloat = true;
                pos++;
                if (isDigit(peekc(0))) scanDecimalDigits();
                else if (peekc(0) == '_') {
                    int off = pos - lineStart;
                    throw errHere("invalid decimal literal", off, off);
                }
            }
            if ((peekc(0) | 0x20) == 'e') {
                int ePos = pos;
                pos++;
                if (peekc(0) == '+' || peekc(0) == '-') {
                    pos++;
                    if (!isDigit(peekc(0))) {
                        int off = pos - lineStart;
                        throw errHere("invalid decimal literal", off, off);
                    }
                }
                if (isDigit(peekc(0))) {
                    scanDecimalDigits();
                    isFloat = true;
                } else {
                    pos = ePos;
                    int off = ePos - lineStart;
                    throw errHere("invalid decimal literal", off, off);
                }
            }
            if ((peekc(0) | 0x20) == 'j') {
                pos++;
                if (pos < src.length && isIdentPart(src[pos]) && src[pos] < 128) {
                    int off = pos - lineStart;
                    throw errHere("invalid imaginary literal", off, off);
                }
            } else {
                verifyEnd("decimal");
            }
        }
        emit(Token.Kind.NUMBER, slice(startIdx, pos), startIdx, startLine, startCol);
    }

    private void scanDecimalDigits() {
        while (true) {
            while (isDigit(peekc(0))) pos++;
            if (peekc(0) == '_') {
                pos++;
                if (!isDigit(peekc(0))) {
                    int off = pos - lineStart;
                    throw errHere("invalid decimal literal", off, off);
                }
            } else {
                return;
            }
        }
    }

    private void scanRadixDigits(int radix, String kind) {
        boolean any = false;
        while (true) {
            int c = peekc(0);
            if (c == '_') {
                pos++;
                c = peekc(0);
                if (digitValue(c) < 0 || digitValue(c) >= radix) {
                    if (digitValue(c) >= radix && digitValue(c) < 10) {
                        pos++;
                        int off = pos - lineStart;
                        throw errHere("invalid digit '" + (char) c + "' in " + kind + " literal", off, off);
                    }
                    int off = pos - lineStart;
                    throw errHere("invalid " + kind + " literal", off, off);
                }
            }
            int d = digitValue(c);
            if (d >= 0 && d < radix) {
                pos++;
                any = true;
                continue;
            }
            if (d >= radix && d < 10) {
                pos++;
                int off = pos - lineStart;
                throw errHere("invalid digit '" + (char) c + "' in " + kind + " literal", off, off);
            }
            break;
        }
        if (!any) {
            int off = pos - lineStart;
            throw errHere("invalid " + kind + " literal", off, off);
        }
        verifyEnd(kind);
    }

    private static int digitValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return -1;
    }

    /** A number directly followed by a name character is an error (but {@code 1if x else y} is allowed). */
    private void verifyEnd(String kind) {
        int c = peekc(0);
        if (c == -1 || !isIdentPart(c)) return;
        // CPython lets keywords follow numbers: 1if, 1else, 1and, 1or, 1in, 1is, 1not
        String[] kws = {"and", "else", "for", "if", "in", "is", "not", "or"};
        for (String kw : kws) {
            boolean match = true;
            for (int i = 0; i < kw.length(); i++) {
                if (peekc(i) != kw.charAt(i)) { match = false; break; }
            }
            if (match && !isIdentPart(peekc(kw.length()))) return;
        }
        int off = pos - lineStart;
        if (c >= 128 && !isIdentStart(c) && !isIdentPart(c)) return;
        throw errHere("invalid " + kind + " literal", off, off);
    }

    // ---------------------------------------------------------------- operators

    private static final String[] OPS3 = {"**=", "...", "//=", "<<=", ">>=", "!="};
    // "<>" is one token, as in CPython's tokenizer (Barry's NOTEQUAL), that no rule accepts
    private static final String[] OPS2 = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
            "<<", "<=", "<>", "==", ">=", ">>", "@=", "^=", "|="};
    private static final String OPS1 = "()[]{}:,;+-*/|&<>=.%~^@!";

    private void scanOperator(Mode m) {
        int startIdx = pos, startLine = line, startCol = pos - lineStart;
        int c = src[pos];
        String op = null;
        for (String o : OPS3) if (matches(o)) { op = o; break; }
        if (op == null) for (String o : OPS2) if (matches(o)) { op = o; break; }
        if (op == null && c < 128 && OPS1.indexOf(c) >= 0) op = String.valueOf((char) c);
        if (op == null) {
            if (c >= 128 || c < 32 && c != '\n') {
                throw invalidCharacter(c, pos);
            }
            // $, ?, ` and the like: CPython's tokenizer yields an error token that the parser
            // reports as plain "invalid syntax" at that character.
            pos++;
            emit(Token.Kind.OP, String.valueOf((char) c), startIdx, startLine, startCol);
            return;
        }
        if (m != null && m.kind == M_FIELD && brackets.size() == m.bracketDepth) {
            // the end of a replacement field, or the start of its format spec
            if (op.equals("}")) {
                pos++;
                modes.remove(modes.size() - 1);
                emit(Token.Kind.OP, "}", startIdx, startLine, startCol);
                return;
            }
            if (op.equals(":")) {
                pos++;
                emit(Token.Kind.OP, ":", startIdx, startLine, startCol);
                modes.add(new Mode(M_SPEC, m.quote, m.triple, m.raw, brackets.size(), m.fstrIndex));
                return;
            }
            if (op.equals(":=")) {
                // {x:=10} is x with format spec "=10"
                pos++;
                emit(Token.Kind.OP, ":", startIdx, startLine, startCol);
                modes.add(new Mode(M_SPEC, m.quote, m.triple, m.raw, brackets.size(), m.fstrIndex));
                return;
            }
        }
        if (op.length() == 1 && "([{".indexOf(c) >= 0) {
            if (brackets.size() >= MAX_PAREN_LEVEL) {
                throw errHere("too many nested parentheses", startCol + 1, startCol + 1);
            }
            brackets.add(new int[]{c, line, startCol});
        } else if (op.length() == 1 && ")]}".indexOf(c) >= 0) {
            int floor = m != null && m.kind == M_FIELD ? m.bracketDepth : 0;
            if (brackets.size() <= floor) {
                String pre = m != null ? "f-string: " : "";
                throw errHere(pre + "unmatched '" + (char) c + "'", startCol + 1, startCol + 1);
            }
            int[] open = brackets.get(brackets.size() - 1);
            int want = open[0] == '(' ? ')' : open[0] == '[' ? ']' : '}';
            if (c != want) {
                String msg = open[1] != line
                        ? "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                        + (char) open[0] + "' on line " + open[1]
                        : "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                        + (char) open[0] + "'";
                throw errHere(msg, startCol + 1, startCol + 1);
            }
            brackets.remove(brackets.size() - 1);
        }
        pos += op.length();
        emit(Token.Kind.OP, op, startIdx, startLine, startCol);
    }

    private boolean matches(String o) {
        for (int i = 0; i < o.length(); i++) {
            if (peekc(i) != o.charAt(i)) return false;
        }
        return true;
    }
}
