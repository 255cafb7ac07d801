package pyjama.python.parser;

/**
 * A syntax error as CPython reports it: the compiler/VM turns it into Python's SyntaxError,
 * IndentationError or TabError. Columns are 1-based code-point offsets, as CPython's
 * {@code offset}/{@code end_offset}; 0 means "none".
 */
public final class PySyntaxError extends RuntimeException {
    public enum Kind { SYNTAX, INDENTATION, TAB }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int line, col, endLine, endCol;
    private final String text;
    private final boolean incompleteInput;

    public PySyntaxError(Kind kind, String msg, String filename, int line, int col, int endLine, int endCol,
                         String text, boolean incompleteInput) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
        this.text = text;
        this.incompleteInput = incompleteInput;
    }

    public Kind kind() { return kind; }
    public String msg() { return msg; }
    public String filename() { return filename; }
    public int line() { return line; }
    public int col() { return col; }
    public int endLine() { return endLine; }
    public int endCol() { return endCol; }
    public String text() { return text; }
    /** True if the error is "input ended too early": the REPL shows {@code ...} and reads more. */
    public boolean incompleteInput() { return incompleteInput; }

    /** CPython's {@code SyntaxError.__str__}: {@code msg (filename, line N)}. */
    @Override
    public String toString() {
        String k = switch (kind) {
            case SYNTAX -> "SyntaxError";
            case INDENTATION -> "IndentationError";
            case TAB -> "TabError";
        };
        return k + ": " + msg + " (" + filename + ", line " + line + ")";
    }
}
