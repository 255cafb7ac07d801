# ast.unparse of trees made by hand: parentheses from the binding strength each position
# needs, layout of statements, and CPython 3.12's errors and quirks for odd trees.
import ast

L = ast.Load()


def n(text):
    return ast.Name(text, L)


def op(left, operator, right):
    return ast.BinOp(left, operator, right)


def show(tree):
    try:
        print(repr(ast.unparse(tree)))
    except Exception as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])


a, b, c = n("a"), n("b"), n("c")
t = ast.Tuple([a, b], L)
no_args = ast.arguments([], [], None, [], [], None, [])
show(op(t, ast.Add(), ast.Yield(None)))
show(op(op(a, ast.Pow(), b), ast.Pow(), op(a, ast.Pow(), b)))
show(op(op(a, ast.Sub(), b), ast.Sub(), op(a, ast.Sub(), b)))
show(op(ast.UnaryOp(ast.USub(), a), ast.Pow(), ast.UnaryOp(ast.Not(), b)))
show(ast.UnaryOp(ast.USub(), ast.Constant(-1)))
show(ast.BoolOp(ast.And(), [a, ast.BoolOp(ast.And(), [b, c]), ast.BoolOp(ast.And(), [b, c])]))
show(ast.BoolOp(ast.Or(), [ast.BoolOp(ast.Or(), [b, c]), ast.BoolOp(ast.And(), [b, c]), a]))
show(ast.Compare(ast.Compare(a, [ast.Lt()], [b]), [ast.In(), ast.IsNot()], [t, ast.NamedExpr(a, b)]))
show(ast.IfExp(ast.Lambda(no_args, a), ast.IfExp(a, b, c), ast.IfExp(a, b, c)))
show(ast.Attribute(ast.Constant(1), "real", L))
show(ast.Attribute(ast.Constant(1.5), "real", L))
show(ast.Attribute(op(a, ast.Add(), b), "x", L))
show(ast.Call(ast.Lambda(no_args, a), [t, ast.GeneratorExp(a, [ast.comprehension(a, t, [ast.Yield(a)], 1)])], [ast.keyword(None, ast.BoolOp(ast.Or(), [a, b]))]))
show(ast.Subscript(a, ast.Tuple([ast.Slice(), ast.Starred(b, L)], L), L))
show(ast.Subscript(a, ast.Slice(ast.Constant(0), None, ast.NamedExpr(a, b)), L))
show(ast.Subscript(a, ast.Tuple([], L), L))
show(ast.Dict([None, a], [ast.BoolOp(ast.Or(), [b, c]), ast.Yield(None)]))
show(ast.Set([]))
show(ast.Constant((1, "two", (3,), ..., 1e400, float("nan"), complex(1e400, 1))))
show(ast.Constant(-1e400))
show(ast.Starred(ast.Compare(a, [ast.Eq()], [b]), L))
show(ast.Await(ast.Await(op(a, ast.Pow(), b))))
show(ast.MatchOr([ast.MatchAs(ast.MatchOr([ast.MatchSingleton(None), ast.MatchValue(a)]), "x"), ast.MatchStar(None)]))
show(ast.MatchClass(a, [ast.MatchAs()], ["k"], [ast.MatchMapping([ast.Constant(1)], [ast.MatchAs(None, "v")], "rest")]))
show(ast.MatchMapping([ast.Constant(1)], [], None))

show(ast.Module([ast.Assign([t, ast.Tuple([a], L)], t, lineno=1), ast.Expr(t), ast.Expr(ast.NamedExpr(a, b)),
                 ast.For(t, t, [ast.Pass()], [ast.Break()], lineno=2),
                 ast.AnnAssign(a, b, None, 0), ast.AugAssign(a, ast.FloorDiv(), t), ast.Return(t)], []))
show(ast.Module([ast.If(a, [], [ast.If(b, [], [ast.If(c, [ast.Pass()], [])])]), ast.While(a, [ast.Continue()], [ast.Pass()])], []))
show(ast.Module([ast.Assign([a], b, type_comment="int", lineno=3)], [ast.TypeIgnore(3, "[x]")]))
show(ast.Module([ast.With([ast.withitem(a, t)], [ast.Pass()], lineno=1)], [ast.TypeIgnore(1, "")]))
show(ast.Module([ast.ClassDef("C", [], [ast.keyword(None, a)], [ast.Pass()], [a]), ast.Pass(),
                 ast.FunctionDef("f", ast.arguments([ast.arg("p")], [ast.arg("q", a)], ast.arg("r", ast.Starred(b, L)), [ast.arg("k")], [None], ast.arg("kw"), [c]),
                                 [ast.Pass()], [], t, lineno=1, type_params=[ast.TypeVar("T", t), ast.ParamSpec("P")])], []))
show(ast.TryStar([ast.Pass()], [ast.ExceptHandler(t, "e", [ast.Try([ast.Pass()], [ast.ExceptHandler(None, None, [ast.Pass()])], [], [ast.Pass()])])], [], []))
show(ast.ImportFrom(None, [ast.alias("x")], None))
show(ast.ImportFrom("m", [ast.alias("x", "y"), ast.alias("z")], 2))
show(ast.Lambda(ast.arguments([], [], ast.arg("v", a), [], [], None, []), b))
show(ast.Interactive([ast.Expr(a), ast.Expr(b)]))
show(ast.Expression(t))
show([ast.Pass(), ast.Global(["g", "h"])])
show(ast.Raise(None, a))
show(ast.FunctionDef("f", no_args, [ast.Pass()], []))
show(ast.Assign([a], b))
show(ast.Module([ast.Pass()]))
show(ast.Add())
show(42)
