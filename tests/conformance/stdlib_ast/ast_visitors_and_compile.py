# Walking and rewriting trees (walk, iter_fields, NodeVisitor, NodeTransformer, the location
# helpers) and compiling the results, including trees built by hand.
import ast

source = '''
def area(w, h):
    """Rectangle area."""
    return w * h

total = area(3, 4) + area(1, 2)
'''
tree = ast.parse(source)
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print([name for name, _ in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[1])])
print(ast.get_docstring(tree.body[0]), ast.get_docstring(tree))
print(ast.get_source_segment(source, tree.body[1].value), "|", ast.get_source_segment(source, tree.body[0], padded=True).splitlines()[0])


class CallCounter(ast.NodeVisitor):
    def __init__(self):
        self.calls = []

    def visit_Call(self, node):
        self.calls.append(node.func.id)
        self.generic_visit(node)


counter = CallCounter()
counter.visit(tree)
print(counter.calls)


class MultiplyToPower(ast.NodeTransformer):
    """Rewrites w * h as w ** h, and drops docstrings."""

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            return ast.copy_location(ast.BinOp(node.left, ast.Pow(), node.right), node)
        return node

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return None
        return node


new = ast.fix_missing_locations(MultiplyToPower().visit(tree))
print(ast.unparse(new))
namespace = {}
exec(compile(new, "<transformed>", "exec"), namespace)
print(namespace["total"], namespace["area"].__doc__)

expr = ast.Expression(
    body=ast.Call(func=ast.Name("max", ast.Load()),
                  args=[ast.Constant(3), ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(5))],
                  keywords=[]))
print(eval(compile(ast.fix_missing_locations(expr), "<built>", "eval")))
module = ast.Module(body=[
    ast.Assign(targets=[ast.Name("squares", ast.Store())],
               value=ast.ListComp(elt=ast.BinOp(ast.Name("i", ast.Load()), ast.Pow(), ast.Constant(2)),
                                  generators=[ast.comprehension(ast.Name("i", ast.Store()),
                                                                ast.Call(ast.Name("range", ast.Load()), [ast.Constant(5)], []),
                                                                [], 0)])),
    ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("squares", ast.Load())], [])),
], type_ignores=[])
exec(compile(ast.fix_missing_locations(module), "<built>", "exec"), {})
shifted = ast.increment_lineno(ast.parse("a = 1\nb = 2"), 10)
print([n.lineno for n in shifted.body], [n.end_lineno for n in shifted.body])
interactive = ast.Interactive([ast.Expr(ast.Constant("echoed"), lineno=1, col_offset=0)])
exec(compile(ast.fix_missing_locations(interactive), "<single>", "single"))
same = ast.parse("x = 1")
print(compile(same, "<s>", "exec", ast.PyCF_ONLY_AST) is same)
code = compile(ast.parse("def f():\n    return 1\n\nraise ValueError('from a tree')"), "tree.py", "exec")
try:
    exec(code, {})
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next.tb_lineno)


def attempt(tree, mode="exec"):
    try:
        compile(tree, "<bad>", mode)
        print("compiled")
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])


pos = dict(lineno=1, col_offset=0)
attempt(ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []))
attempt(ast.Module([ast.Expr(ast.Name("x", ast.Load(), **pos), **pos)], []))
attempt(ast.Module([ast.Expr(**pos)], []))
attempt(ast.Module([ast.Expr(None, **pos)], []))
attempt(ast.Module(ast.Pass(), []))
attempt(ast.Module([ast.Pass(**pos)]))
attempt(ast.Expression(ast.Constant(1, **pos)))
attempt(ast.Module([], []), "eval")
attempt(ast.Expression(ast.Name(5, ast.Load(), **pos)), "eval")
attempt(ast.Expression(ast.Constant([1], **pos)), "eval")
attempt(ast.Expression(ast.Name("x", ast.Store(), **pos)), "eval")
attempt(ast.Module([ast.Assign([ast.Name("x", ast.Load(), **pos)], ast.Constant(1, **pos), **pos)], []))
attempt(ast.Module([ast.Assign([], ast.Constant(1, **pos), **pos)], []))
attempt(ast.Expression(ast.Constant(1, lineno="one", col_offset=0)), "eval")
attempt(ast.Expression(ast.BinOp(ast.Constant(1, **pos), ast.Load(), ast.Constant(1, **pos), **pos)), "eval")
attempt(ast.Module([ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [], **pos)], []))
attempt(ast.Expression(ast.Compare(ast.Constant(1, **pos), [], [], **pos)), "eval")
attempt(ast.Module([ast.Return(ast.Constant(1, **pos), **pos)], []))
print(eval(compile(ast.Expression(ast.Constant((1, 2j + 1, frozenset({3})), **pos)), "<c>", "eval")))
try:
    compile(42, "<n>", "exec")
except TypeError as e:
    print("TypeError:", e)
case = ast.match_case(ast.MatchAs(None, "y", **pos), None, [ast.Pass(**pos)])
attempt(ast.Module([ast.Match(ast.Name("x", ast.Load(), **pos), [case], **pos)], []))
case.pattern.end_lineno, case.pattern.end_col_offset = 1, 1
attempt(ast.Module([ast.Match(ast.Name("x", ast.Load(), **pos), [case], **pos)], []))
try:
    compile(ast.Expression(ast.JoinedStr([ast.FormattedValue(ast.Name("x", ast.Load(), **pos), 7, None, **pos)], **pos)), "<f>", "eval")
except SystemError as e:
    print("SystemError:", e)
