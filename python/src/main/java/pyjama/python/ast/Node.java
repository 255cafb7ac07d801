package pyjama.python.ast;

import java.util.List;

/** The smaller node types that are neither statements, expressions nor patterns. */
public final class Node {
    private Node() {}

    /** One {@code for ... in ... if ...} clause of a comprehension. */
    public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}

    /** {@code except type as name: body}; type and name may be null. */
    public record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) {}

    /**
     * A parameter list. {@code defaults} align with the tail of posonlyargs+args;
     * {@code kwDefaults} aligns with kwonlyargs, null where a keyword-only has no default.
     */
    public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                            List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
        public static final Arguments EMPTY =
                new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    /** One parameter; annotation may be null. */
    public record Arg(Pos pos, String arg, Expr annotation) {}

    /** {@code name=value} in a call or class bases, or {@code **value} with a null name. */
    public record Keyword(Pos pos, String arg, Expr value) {}

    /** {@code import name as asname}; name may be dotted or {@code *}; asname may be null. */
    public record Alias(Pos pos, String name, String asname) {}

    public record WithItem(Expr contextExpr, Expr optionalVars) {}

    public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}

    /** PEP 695 type parameters (3.12). */
    public sealed interface TypeParam {
        Pos pos();
        String name();
    }
    public record TypeVar(Pos pos, String name, Expr bound) implements TypeParam {}
    public record ParamSpec(Pos pos, String name) implements TypeParam {}
    public record TypeVarTuple(Pos pos, String name) implements TypeParam {}
}
