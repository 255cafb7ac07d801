package pyjama.python.ast;

import java.util.List;

/** Statements, as CPython's {@code ast.stmt}. */
public sealed interface Stmt {
    Pos pos();

    record FunctionDef(Pos pos, String name, Node.Arguments args, List<Stmt> body,
                       List<Expr> decoratorList, Expr returns, List<Node.TypeParam> typeParams,
                       boolean isAsync) implements Stmt {}
    record ClassDef(Pos pos, String name, List<Expr> bases, List<Node.Keyword> keywords,
                    List<Stmt> body, List<Expr> decoratorList, List<Node.TypeParam> typeParams) implements Stmt {}
    record Return(Pos pos, Expr value) implements Stmt {}
    record Delete(Pos pos, List<Expr> targets) implements Stmt {}
    /** {@code a = b = value}: several targets. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}
    /** {@code type X[T] = ...} (3.12). */
    record TypeAlias(Pos pos, Expr.Name name, List<Node.TypeParam> typeParams, Expr value) implements Stmt {}
    record AugAssign(Pos pos, Expr target, Op.Bin op, Expr value) implements Stmt {}
    /** simple is true for a bare Name target not in parentheses. value may be null. */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}
    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync) implements Stmt {}
    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record With(Pos pos, List<Node.WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {}
    record Match(Pos pos, Expr subject, List<Node.MatchCase> cases) implements Stmt {}
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}
    /** isStar is true for {@code try: ... except* ...} (CPython's TryStar). */
    record Try(Pos pos, List<Stmt> body, List<Node.ExceptHandler> handlers, List<Stmt> orelse,
               List<Stmt> finalbody, boolean isStar) implements Stmt {}
    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}
    record Import(Pos pos, List<Node.Alias> names) implements Stmt {}
    /** module is null for {@code from . import x}; level counts the leading dots. */
    record ImportFrom(Pos pos, String module, List<Node.Alias> names, int level) implements Stmt {}
    record Global(Pos pos, List<String> names) implements Stmt {}
    record Nonlocal(Pos pos, List<String> names) implements Stmt {}
    record ExprStmt(Pos pos, Expr value) implements Stmt {}
    record Pass(Pos pos) implements Stmt {}
    record Break(Pos pos) implements Stmt {}
    record Continue(Pos pos) implements Stmt {}
}
