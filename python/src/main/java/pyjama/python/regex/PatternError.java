package pyjama.python.regex;

/**
 * CPython's {@code re.error} (alias {@code re.PatternError}): an invalid pattern or replacement
 * template. {@link #getMessage()} is exactly {@code str(error)} in CPython, including the
 * " at position N" and " (line L, column C)" suffixes.
 */
public final class PatternError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String msg;
    private final String pattern;
    private final boolean bytesPattern;
    private final int pos;
    private final int lineno;
    private final int colno;

    /**
     * @param pattern the pattern (bytes patterns decoded as Latin-1), or null when CPython has none
     * @param pos position in code points, or -1 when CPython reports none
     */
    PatternError(String msg, String pattern, boolean bytesPattern, int pos) {
        super(format(msg, pattern, pos));
        this.msg = msg;
        this.pattern = pattern;
        this.bytesPattern = bytesPattern;
        this.pos = pos;
        if (pattern != null && pos >= 0) {
            int[] lc = lineAndColumn(pattern, pos);
            this.lineno = lc[0];
            this.colno = lc[1];
        } else {
            this.lineno = -1;
            this.colno = -1;
        }
    }

    private static String format(String msg, String pattern, int pos) {
        if (pattern == null || pos < 0) return msg;
        String s = msg + " at position " + pos;
        if (pattern.indexOf('\n') >= 0) {
            int[] lc = lineAndColumn(pattern, pos);
            s += " (line " + lc[0] + ", column " + lc[1] + ")";
        }
        return s;
    }

    /** Line and column of code point index pos (CPython: count of newlines before pos, pos - rfind). */
    private static int[] lineAndColumn(String pattern, int pos) {
        int line = 1;
        int lastNewline = -1;
        int i = 0;
        int cp = 0;
        while (cp < pos && i < pattern.length()) {
            int c = pattern.codePointAt(i);
            if (c == '\n') {
                line++;
                lastNewline = cp;
            }
            i += Character.charCount(c);
            cp++;
        }
        return new int[] {line, pos - lastNewline};
    }

    /** The unformatted message ({@code error.msg}). */
    public String msg() { return msg; }
    /** The pattern or template text, or null ({@code error.pattern}); bytes are Latin-1 decoded. */
    public String pattern() { return pattern; }
    public boolean isBytesPattern() { return bytesPattern; }
    /** Position in code points, or -1 for None ({@code error.pos}). */
    public int pos() { return pos; }
    /** 1-based line of {@link #pos()}, or -1 for None. */
    public int lineno() { return lineno; }
    /** 1-based column of {@link #pos()}, or -1 for None. */
    public int colno() { return colno; }
}
