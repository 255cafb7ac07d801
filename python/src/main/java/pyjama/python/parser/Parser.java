package pyjama.python.parser;

import java.util.List;

import pyjama.python.ast.Mod;

/** Python 3.12 source to {@code pyjama.python.ast}: the public entry points of the parser. */
public final class Parser {
    private Parser() {}

    /**
     * Parses {@code source}. mode: "exec" gives Mod.Module, "eval" Mod.Expression, "single"
     * Mod.Interactive. filename is used in error messages only.
     */
    public static Mod parse(String source, String filename, String mode) throws PySyntaxError {
        return parse(source, filename, mode, true);
    }

    static Mod parse(String source, String filename, String mode, boolean impliedDedent) {
        Tokenizer tz = new Tokenizer(source, filename);
        tz.impliedDedent = impliedDedent;
        List<Token> toks = tz.tokenize();
        StmtParser p = new StmtParser(tz, toks);
        try {
            return switch (mode) {
                case "exec" -> p.file();
                case "eval" -> p.eval();
                case "single" -> p.interactive();
                default -> throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
            };
        } catch (PySyntaxError e) {
            if (!e.incompleteInput() && p.failedAtEof()) throw p.incomplete(e);
            throw e;
        }
    }

    /**
     * True when {@code source} is an unfinished interactive statement, so the REPL should show
     * {@code ...} and read another line: CPython's {@code codeop.compile_command} semantics.
     * The REPL passes the lines entered so far joined by "\n" with no trailing newline, and
     * appends "\n" after an empty line; so {@code "if x:\n  pass"} is incomplete and
     * {@code "if x:\n  pass\n"} is complete. A SyntaxError that is not about the input ending
     * early ({@code "1 +"}) is not incomplete: compiling it normally reports the error.
     */
    public static boolean isIncomplete(String source) {
        boolean blank = true;
        for (String line : source.split("\n", -1)) {
            String s = line.strip();
            if (!s.isEmpty() && s.charAt(0) != '#') { blank = false; break; }
        }
        if (blank) return false;
        try {
            parse(source, "<input>", "single", false);
            return false;
        } catch (PySyntaxError e) {
            // fall through to the second try, as codeop does
        }
        try {
            parse(source + "\n", "<input>", "single", false);
            return true;
        } catch (PySyntaxError e) {
            return e.incompleteInput();
        }
    }
}
