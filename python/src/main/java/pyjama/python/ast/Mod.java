package pyjama.python.ast;

import java.util.List;

/** A compilation unit, as the three modes of {@code compile()}: exec, single, eval. */
public sealed interface Mod {
    /** {@code compile(..., 'exec')}: a file or a string of statements. */
    record Module(List<Stmt> body) implements Mod {}
    /** {@code compile(..., 'single')}: one interactive statement; expression results are echoed. */
    record Interactive(List<Stmt> body) implements Mod {}
    /** {@code compile(..., 'eval')}: one expression. */
    record Expression(Expr body) implements Mod {}
}
