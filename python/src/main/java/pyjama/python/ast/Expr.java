package pyjama.python.ast;

import java.util.List;

/** Expressions, as CPython's {@code ast.expr}. */
public sealed interface Expr {
    Pos pos();

    record BoolOp(Pos pos, Op.Bool op, List<Expr> values) implements Expr {}
    record NamedExpr(Pos pos, Expr target, Expr value) implements Expr {}
    record BinOp(Pos pos, Expr left, Op.Bin op, Expr right) implements Expr {}
    record UnaryOp(Pos pos, Op.Unary op, Expr operand) implements Expr {}
    record Lambda(Pos pos, Node.Arguments args, Expr body) implements Expr {}
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}
    /** A null key stands for {@code **value} unpacking, as in CPython. */
    record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}
    record Set(Pos pos, List<Expr> elts) implements Expr {}
    record ListComp(Pos pos, Expr elt, List<Node.Comprehension> generators) implements Expr {}
    record SetComp(Pos pos, Expr elt, List<Node.Comprehension> generators) implements Expr {}
    record DictComp(Pos pos, Expr key, Expr value, List<Node.Comprehension> generators) implements Expr {}
    record GeneratorExp(Pos pos, Expr elt, List<Node.Comprehension> generators) implements Expr {}
    record Await(Pos pos, Expr value) implements Expr {}
    /** {@code value} is null for a bare {@code yield}. */
    record Yield(Pos pos, Expr value) implements Expr {}
    record YieldFrom(Pos pos, Expr value) implements Expr {}
    record Compare(Pos pos, Expr left, List<Op.Cmp> ops, List<Expr> comparators) implements Expr {}
    record Call(Pos pos, Expr func, List<Expr> args, List<Node.Keyword> keywords) implements Expr {}
    /** One replacement field of an f-string; conversion is -1, 's', 'r' or 'a'; formatSpec may be null. */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}
    /** An f-string: Constant(Str) parts and FormattedValue parts. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}
    /** kind is "u" for a u-prefixed string, else null. */
    record Constant(Pos pos, Const value, String kind) implements Expr {}
    record Attribute(Pos pos, Expr value, String attr, Ctx ctx) implements Expr {}
    record Subscript(Pos pos, Expr value, Expr slice, Ctx ctx) implements Expr {}
    record Starred(Pos pos, Expr value, Ctx ctx) implements Expr {}
    record Name(Pos pos, String id, Ctx ctx) implements Expr {}
    record List_(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}
    record Tuple(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}
    /** Only directly inside a Subscript's slice (possibly inside a Tuple there). */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}
}
