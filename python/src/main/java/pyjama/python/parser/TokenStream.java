package pyjama.python.parser;

import java.util.List;
import java.util.Set;

import pyjama.python.ast.Pos;

/**
 * Token access and error construction shared by the parser layers. Tracks the furthest token
 * looked at, because CPython places a generic "invalid syntax" at the last token its parser
 * fetched, not where the failing rule started.
 */
abstract class TokenStream {
    static final Set<String> KEYWORDS = Set.copyOf(Keywords.HARD);

    final Tokenizer tokenizer;
    final List<Token> toks;
    final String filename;
    int p;
    int maxSeen;

    TokenStream(Tokenizer tokenizer, List<Token> toks) {
        this.tokenizer = tokenizer;
        this.toks = toks;
        this.filename = tokenizer.filename;
    }

    /** The current token; raises the tokenizer's error when the stream reaches it. */
    final Token peek() {
        if (p > maxSeen) maxSeen = p;
        Token t = toks.get(p);
        if (t.kind() == Token.Kind.ERROR) throw t.error();
        return t;
    }

    final Token peek(int k) {
        int i = Math.min(p + k, toks.size() - 1);
        if (i > maxSeen) maxSeen = i;
        Token t = toks.get(i);
        if (t.kind() == Token.Kind.ERROR) throw t.error();
        return t;
    }

    /** Like peek(k) but never raises: an ERROR token is returned as is. */
    final Token peekRaw(int k) {
        return toks.get(Math.min(p + k, toks.size() - 1));
    }

    final Token next() {
        Token t = peek();
        if (p < toks.size() - 1) p++;
        return t;
    }

    final Token last() {
        return toks.get(Math.max(0, p - 1));
    }

    final boolean atOp(String op) {
        return peek().isOp(op);
    }

    final boolean atKw(String kw) {
        return peek().isName(kw);
    }

    final boolean at(Token.Kind k) {
        return peek().kind() == k;
    }

    final boolean acceptOp(String op) {
        if (peek().isOp(op)) { p++; return true; }
        return false;
    }

    final boolean acceptKw(String kw) {
        if (peek().isName(kw)) { p++; return true; }
        return false;
    }

    final Token expectOp(String op) {
        if (!peek().isOp(op)) throw invalidSyntax();
        return next();
    }

    final Token expectKw(String kw) {
        if (!peek().isName(kw)) throw invalidSyntax();
        return next();
    }

    /** Expects {@code op}, failing with CPython's "expected 'op'" at the current token. */
    final Token expectOpMsg(String op) {
        if (!peek().isOp(op)) {
            Token t = peek();
            throw errorAt("expected '" + op + "'", t, t);
        }
        return next();
    }

    static boolean isKeyword(Token t) {
        return t.kind() == Token.Kind.NAME && KEYWORDS.contains(t.text());
    }

    /** A NAME token that is not a reserved keyword. */
    final boolean atName() {
        Token t = peek();
        return t.kind() == Token.Kind.NAME && !KEYWORDS.contains(t.text());
    }

    final Token expectName() {
        if (!atName()) throw invalidSyntax();
        return next();
    }

    // ------------------------------------------------------------------ positions

    static Pos pos(Token t) {
        return new Pos(t.line(), t.col(), t.endLine(), t.endCol());
    }

    /** From the start of {@code start} to the end of the last consumed token. */
    final Pos from(Token start) {
        Token l = last();
        return new Pos(start.line(), start.col(), l.endLine(), l.endCol());
    }

    final Pos from(Pos start) {
        Token l = last();
        return new Pos(start.line(), start.col(), l.endLine(), l.endCol());
    }

    // ------------------------------------------------------------------ errors

    final PySyntaxError errorAt(String msg, Token a, Token b) {
        if (a.kind() == Token.Kind.ENDMARKER || (a.kind() == Token.Kind.DEDENT && atEndOfInput(a))) {
            return errorAtEnd(PySyntaxError.Kind.SYNTAX, msg);
        }
        return error(PySyntaxError.Kind.SYNTAX, msg, a.line(), a.col() + 1, b.endLine(), b.endCol() + 1);
    }

    final boolean atEndOfInput(Token t) {
        for (int i = toks.indexOf(t); i >= 0 && i < toks.size(); i++) {
            Token.Kind k = toks.get(i).kind();
            if (k == Token.Kind.ENDMARKER) return true;
            if (k != Token.Kind.DEDENT) return false;
        }
        return false;
    }

    /**
     * An error raised at the end of the input: CPython places it after the last character of
     * the last line (newline included) with no end offset.
     */
    final PySyntaxError errorAtEnd(PySyntaxError.Kind kind, String msg) {
        int n = tokenizer.lineStarts.size();
        int ln = n;
        String t = tokenizer.lineText(ln);
        if ((t == null || t.isEmpty()) && ln > 1) {
            ln--;
            t = tokenizer.lineText(ln);
        }
        int len = t == null ? 0 : (int) t.codePoints().count();
        if (t != null && !t.endsWith("\n")) len++;
        return error(kind, msg, ln, len, ln, -1);
    }

    final PySyntaxError errorAt(String msg, Pos a) {
        return error(PySyntaxError.Kind.SYNTAX, msg, a.line(), a.col() + 1, a.endLine(), a.endCol() + 1);
    }

    final PySyntaxError errorAt(String msg, Pos a, Pos b) {
        return error(PySyntaxError.Kind.SYNTAX, msg, a.line(), a.col() + 1, b.endLine(), b.endCol() + 1);
    }

    final PySyntaxError error(PySyntaxError.Kind kind, String msg, int line, int col, int endLine, int endCol) {
        boolean incomplete = false;
        return new PySyntaxError(kind, msg, filename, line, col, endLine, endCol, tokenizer.lineTextNl(line),
                incomplete);
    }

    /**
     * CPython's generic error: at the furthest token fetched; an INDENT/DEDENT there becomes an
     * IndentationError; and a tokenizer error anywhere later in the file takes precedence.
     */
    final PySyntaxError invalidSyntax() {
        Token t = toks.get(Math.min(maxSeen, toks.size() - 1));
        if (t.kind() == Token.Kind.ERROR) return t.error();
        Token lastTok = toks.get(toks.size() - 1);
        if (lastTok.kind() == Token.Kind.ERROR && !lastTok.error().incompleteInput()
                && lastTok.error().kind() == PySyntaxError.Kind.SYNTAX) {
            return lastTok.error();
        }
        if (t.kind() == Token.Kind.INDENT) {
            return error(PySyntaxError.Kind.INDENTATION, "unexpected indent", t.line(), t.endCol(), t.line(), -1);
        }
        if (t.kind() == Token.Kind.DEDENT) {
            return error(PySyntaxError.Kind.INDENTATION, "unexpected unindent", t.line(), t.col() + 1, t.line(), -1);
        }
        if (t.kind() == Token.Kind.ENDMARKER) {
            // the input ended in the middle of a statement: CPython reports column 0 of the last line
            PySyntaxError e = errorAtEnd(PySyntaxError.Kind.SYNTAX, "invalid syntax");
            return error(PySyntaxError.Kind.SYNTAX, "invalid syntax", e.line(), 0, e.line(), 0);
        }
        return errorAt("invalid syntax", t, t);
    }

    /** Whether the parse failed because the input ended: the furthest token seen is the end. */
    final boolean failedAtEof() {
        Token t = toks.get(Math.min(maxSeen, toks.size() - 1));
        return t.kind() == Token.Kind.ENDMARKER;
    }

    /** An error that tells the REPL to read another line. */
    final PySyntaxError incomplete(PySyntaxError e) {
        return new PySyntaxError(e.kind(), e.msg(), e.filename(), e.line(), e.col(), e.endLine(), e.endCol(),
                e.text(), true);
    }
}
