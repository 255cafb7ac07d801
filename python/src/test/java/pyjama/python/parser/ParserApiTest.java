package pyjama.python.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import pyjama.python.ast.Const;
import pyjama.python.ast.Expr;
import pyjama.python.ast.Mod;
import pyjama.python.ast.Stmt;

/** The public entry points: modes, error details, the REPL helper, nesting limits and speed. */
class ParserApiTest {
    @Test
    void evalModeGivesAnExpression() {
        Mod m = Parser.parse("1 + 2\n\n", "<s>", "eval");
        Mod.Expression e = assertInstanceOf(Mod.Expression.class, m);
        assertInstanceOf(Expr.BinOp.class, e.body());
        assertEquals("Expression(body=Tuple(elts=[Constant(value=1, lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=1), Constant(value=2, lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)], "
                + "ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4))",
                AstDump.dump(Parser.parse("1, 2", "<s>", "eval")));
    }

    @Test
    void evalModeRejectsStatements() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("x = 1", "<s>", "eval"));
        assertEquals("invalid syntax", e.msg());
        assertEquals(3, e.col());
    }

    @Test
    void singleModeGivesInteractive() {
        Mod.Interactive m = assertInstanceOf(Mod.Interactive.class, Parser.parse("x = 1; y = 2\n", "<stdin>", "single"));
        assertEquals(2, m.body().size());
        Mod.Interactive c = assertInstanceOf(Mod.Interactive.class, Parser.parse("if x:\n  pass\n", "<stdin>", "single"));
        assertInstanceOf(Stmt.If.class, c.body().get(0));
        assertEquals(0, ((Mod.Interactive) Parser.parse("", "<stdin>", "single")).body().size());
    }

    @Test
    void singleModeRejectsTwoStatements() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("x = 1\ny = 2\n", "<stdin>", "single"));
        assertEquals("multiple statements found while compiling a single statement", e.msg());
    }

    @Test
    void errorCarriesFilenameTextAndKind() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("x = (1 2)\n", "prog.py", "exec"));
        assertEquals("prog.py", e.filename());
        assertEquals("x = (1 2)\n", e.text());
        assertEquals(PySyntaxError.Kind.SYNTAX, e.kind());
        assertEquals("invalid syntax. Perhaps you forgot a comma?", e.msg());
        PySyntaxError t = assertThrows(PySyntaxError.class,
                () -> Parser.parse("if x:\n\ta\n        b\n", "<s>", "exec"));
        assertEquals(PySyntaxError.Kind.TAB, t.kind());
        PySyntaxError i = assertThrows(PySyntaxError.class, () -> Parser.parse(" x\n", "<s>", "exec"));
        assertEquals(PySyntaxError.Kind.INDENTATION, i.kind());
        assertEquals("unexpected indent", i.msg());
    }

    @Test
    void unclosedBracketIsIncompleteInput() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("f(1,\n", "<s>", "exec"));
        assertEquals("'(' was never closed", e.msg());
        assertTrue(e.incompleteInput());
        PySyntaxError plain = assertThrows(PySyntaxError.class, () -> Parser.parse("1 +\n", "<s>", "exec"));
        assertFalse(plain.incompleteInput());
    }

    @Test
    void literalsHaveExactValues() {
        Expr.Constant f = (Expr.Constant) ((Mod.Expression) Parser.parse("0.1", "<s>", "eval")).body();
        assertEquals(0.1, ((Const.Float) f.value()).value());
        Expr.Constant big = (Expr.Constant) ((Mod.Expression) Parser.parse("0x_ffff_ffff_ffff_ffff_ff", "<s>", "eval")).body();
        assertEquals(new java.math.BigInteger("ffffffffffffffffff", 16), ((Const.Int) big.value()).big());
        Expr.Constant b = (Expr.Constant) ((Mod.Expression) Parser.parse("b'\\xff'", "<s>", "eval")).body();
        assertEquals("\u00ff", ((Const.Bytes) b.value()).value());
    }

    @Test
    void tooLongDecimalLiteralIsRejectedLikeCPython() {
        String digits = "1".repeat(4301);
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(digits, "<s>", "eval"));
        assertTrue(e.msg().startsWith("Exceeds the limit (4300 digits) for integer string conversion"), e.msg());
    }

    @Test
    void isIncompleteFollowsCodeop() {
        // as codeop.compile_command(source, symbol='single') answers None
        for (String s : new String[]{"if x:", "if x:\n", "if x:\n  pass", "x = (1,", "'''abc", "x = 1 \\",
                "def f():", "@dec", "try:\n  pass\n", "for x in y:\n  pass\nelse:", "f(", "match x:",
                "f'''{x", "if x:\n  pass\n  y", "class A:"}) {
            assertTrue(Parser.isIncomplete(s), s);
        }
        // complete statements, and errors that more input cannot fix
        for (String s : new String[]{"", "# c", "x = 1", "if x:\n  pass\n", "1 +", "\"abc", "1 2", "lambda:",
                "x = 1 if y", "  x", "x +\\\n", "if x:\n  pass\n\n", "print(1)\n"}) {
            assertFalse(Parser.isIncomplete(s), s);
        }
    }

    @Test
    void deepParenthesesGiveCPythonsError() {
        String src = "(".repeat(201) + ")".repeat(201);
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(src, "<s>", "exec"));
        assertEquals("too many nested parentheses", e.msg());
        Parser.parse("(".repeat(199) + ")".repeat(199), "<s>", "exec");
    }

    @Test
    void longOperatorChainsNeverOverflowTheStack() {
        String sum = "1" + "+1".repeat(100_000);
        assertInstanceOf(Mod.Module.class, Parser.parse(sum, "<s>", "exec"));
        String neg = "-".repeat(100_000) + "1";
        assertInstanceOf(Mod.Module.class, Parser.parse(neg, "<s>", "exec"));
        String pow = "2" + "**2".repeat(100_000);
        assertInstanceOf(Mod.Module.class, Parser.parse(pow, "<s>", "exec"));
        String nots = "not ".repeat(100_000) + "x";
        assertInstanceOf(Mod.Module.class, Parser.parse(nots, "<s>", "exec"));
        String attrs = "a" + ".b".repeat(100_000);
        assertInstanceOf(Mod.Module.class, Parser.parse(attrs, "<s>", "exec"));
    }

    @Test
    void deepNonBracketNestingFailsCleanly() {
        String lambdas = "lambda: ".repeat(5000) + "1";
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(lambdas, "<s>", "exec"));
        assertEquals(PySyntaxError.Kind.SYNTAX, e.kind());
        String ifs = "1 if x else ".repeat(5000) + "2";
        assertThrows(PySyntaxError.class, () -> Parser.parse(ifs, "<s>", "exec"));
        assertInstanceOf(Mod.Module.class, Parser.parse("lambda: ".repeat(500) + "1", "<s>", "exec"));
    }

    @Test
    void tenThousandLinesParseIntoTheirThousandFunctions() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.append("def f").append(i).append("(a, b=1, *args, **kw):\n")
              .append("    x = [i * 2 for i in range(a) if i % 3]\n")
              .append("    y = {'k': x, 'n': (a + b) * 3.5}\n")
              .append("    if x and not y:\n")
              .append("        return f'{a!r:>10} {b}'\n")
              .append("    for k, v in y.items():\n")
              .append("        print(k, v, sep=', ')\n")
              .append("    try:\n")
              .append("        pass\n")
              .append("    except (ValueError, TypeError) as e:\n")
              .append("        raise RuntimeError(e) from None\n");
        }
        // How fast is a benchmark's business (the machine may be loaded); this checks that a
        // large module parses completely, the last function included.
        Mod.Module m = (Mod.Module) Parser.parse(sb.toString(), "<s>", "exec");
        assertEquals(1000, m.body().size());
        Stmt.FunctionDef last = (Stmt.FunctionDef) m.body().get(999);
        assertEquals("f999", last.name());
        assertEquals(5, last.body().size());
    }
}
