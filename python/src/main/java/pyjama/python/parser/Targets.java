package pyjama.python.parser;

import java.util.ArrayList;
import java.util.List;

import pyjama.python.ast.Const;
import pyjama.python.ast.Ctx;
import pyjama.python.ast.Expr;

/**
 * Re-contexts an expression parsed as a load into an assignment or del target, as CPython's
 * _PyPegen_set_expr_context, and names the offending node for the error messages
 * ("cannot assign to function call").
 */
final class Targets {
    private Targets() {}

    /** The first sub-expression that cannot be a target for {@code ctx}, or null if all is well. */
    static Expr invalidTarget(Expr e, Ctx ctx) {
        return switch (e) {
            case Expr.Name n -> null;
            case Expr.Attribute a -> null;
            case Expr.Subscript s -> null;
            case Expr.Starred s -> ctx == Ctx.DEL ? e : invalidTarget(s.value(), ctx);
            case Expr.Tuple t -> firstInvalid(t.elts(), ctx);
            case Expr.List_ l -> firstInvalid(l.elts(), ctx);
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, Ctx ctx) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, ctx);
            if (bad != null) return bad;
        }
        return null;
    }

    /** The expression with {@code ctx}; the caller has checked it with invalidTarget. */
    static Expr withCtx(Expr e, Ctx ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.pos(), n.id(), ctx);
            case Expr.Attribute a -> new Expr.Attribute(a.pos(), a.value(), a.attr(), ctx);
            case Expr.Subscript s -> new Expr.Subscript(s.pos(), s.value(), s.slice(), ctx);
            case Expr.Starred s -> new Expr.Starred(s.pos(), withCtx(s.value(), ctx), ctx);
            case Expr.Tuple t -> new Expr.Tuple(t.pos(), all(t.elts(), ctx), ctx);
            case Expr.List_ l -> new Expr.List_(l.pos(), all(l.elts(), ctx), ctx);
            default -> e;
        };
    }

    private static List<Expr> all(List<Expr> elts, Ctx ctx) {
        List<Expr> r = new ArrayList<>(elts.size());
        for (Expr x : elts) r.add(withCtx(x, ctx));
        return r;
    }

    /** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List_ l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> switch (c.value()) {
                case Const.None n -> "None";
                case Const.Bool b -> b.value() ? "True" : "False";
                case Const.Ellipsis el -> "ellipsis";
                default -> "literal";
            };
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }
}
