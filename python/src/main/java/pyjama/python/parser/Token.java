package pyjama.python.parser;

/**
 * One token. Positions are 1-based lines and 0-based code-point columns (end exclusive);
 * {@code start}/{@code end} index the tokenizer's code-point array, so the parser can slice
 * the exact source text (f-string debug text {@code f"{x = }"} needs it).
 * An ERROR token ends the stream and carries the tokenizer's error, raised when the parser
 * reaches it (CPython's tokenizer is lazy, so an earlier syntax error wins).
 */
record Token(Kind kind, String text, int line, int col, int endLine, int endCol, int start, int end,
             PySyntaxError error) {
    enum Kind {
        NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER,
        FSTRING_START, FSTRING_MIDDLE, FSTRING_END, ERROR
    }

    boolean isOp(String op) { return kind == Kind.OP && text.equals(op); }

    boolean isName(String name) { return kind == Kind.NAME && text.equals(name); }
}
