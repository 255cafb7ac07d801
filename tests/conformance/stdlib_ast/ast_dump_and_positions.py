# ast.dump's layouts, and the helpers for positions and source text: copy_location,
# fix_missing_locations, increment_lineno, get_source_segment, walk, get_docstring.
import ast

tree = ast.parse("def f(a, *, k=None) -> int:\n    return a[1:2]\n")
for indent in (None, 0, 3, "\t", ""):
    print(repr(ast.dump(tree.body[0].body[0], indent=indent)))
print(ast.dump(tree.body[0].args, annotate_fields=False, indent=2))
print(ast.dump(ast.BinOp(left=ast.Constant(1), right=ast.Constant(2)), annotate_fields=False))
print(ast.dump(ast.FunctionDef("g", returns=None, lineno=5), include_attributes=True))
print(ast.dump(ast.Constant(1, end_lineno=None, lineno=2), include_attributes=True))
print(ast.dump(ast.Name("x", ast.Load(), custom=1), indent=1))
print(ast.dump(ast.Tuple([ast.Constant(1), ast.Constant(2), ast.Constant(3), ast.Constant(4)]), indent=1))
for bad in (5, [ast.Pass()], None):
    try:
        ast.dump(bad)
    except TypeError as e:
        print("TypeError:", e)

new = ast.Name("y", ast.Load())
old = ast.Name("x", ast.Load(), lineno=3, col_offset=4, end_lineno=None)
print(ast.dump(ast.copy_location(new, old), include_attributes=True))
print(ast.dump(ast.copy_location(ast.Pass(), ast.Load()), include_attributes=True))

module = ast.Module([ast.If(ast.Name("c", ast.Load(), lineno=7, col_offset=3),
                            [ast.Expr(ast.Call(ast.Name("f", ast.Load()), [], []), lineno=9)], [])], [])
ast.fix_missing_locations(module)
for node in ast.walk(module):
    if "lineno" in node._attributes:
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
print(ast.fix_missing_locations(module) is module)
shared = ast.Name("s", ast.Load())
ast.fix_missing_locations(ast.Module([ast.Expr(ast.List([ast.Constant(1, lineno=3), shared], ast.Load()), lineno=2),
                                      ast.Expr(shared, lineno=7, col_offset=5)], []))
print("shared", shared.lineno, shared.col_offset)

shifted = ast.parse("x = 1\nif y:\n    z = (1,\n         2)\n")
shifted.type_ignores.append(ast.TypeIgnore(2, ""))
ast.increment_lineno(shifted, 5)
print([(type(n).__name__, n.lineno, getattr(n, "end_lineno", "-")) for n in ast.walk(shifted) if hasattr(n, "lineno")])
half = ast.Name("h", ast.Load(), lineno=1, end_lineno=None)
print(ast.dump(ast.increment_lineno(half, 2), include_attributes=True))

source = "x = 1\nif a:\n\tfoo(1,\n\t    2)\r\n\fy = 'é' + z  # c\rw = [\n  3]\n"
for node in ast.walk(ast.parse(source)):
    if isinstance(node, (ast.stmt, ast.Call, ast.BinOp, ast.List)):
        print(type(node).__name__, repr(ast.get_source_segment(source, node)),
              repr(ast.get_source_segment(source, node, padded=True)))
print(ast.get_source_segment(source, ast.Name("x")),
      ast.get_source_segment(source, ast.Name("x", lineno=1, col_offset=0, end_lineno=None, end_col_offset=1)))
try:
    ast.get_source_segment(source, ast.Name("x", lineno=20, col_offset=0, end_lineno=20, end_col_offset=1))
except IndexError as e:
    print("IndexError:", e)
spans = [ast.Name("x", lineno=1, col_offset=0, end_lineno=n, end_col_offset=1) for n in (2, 3)]
print([ast.get_source_segment(text, node) for text in ("a", "a\nb", "a\n") for node in spans[:1]],
      repr(ast.get_source_segment("a\nb", spans[1])))
for text in (b"a = 1", 5):
    try:
        ast.get_source_segment(text, spans[0])
    except TypeError as e:
        print("TypeError:", e)

print([type(n).__name__ for n in ast.walk(ast.parse("def f(a):\n return a + 1\nx = [1, 2]"))])
doc = ast.parse('"""\n    First.\n\n      Indented.\n    """\nclass C:\n    "one"\nasync def g():\n    b"no"\n')
print(repr(ast.get_docstring(doc)), repr(ast.get_docstring(doc, clean=False)))
print(ast.get_docstring(doc.body[1]), ast.get_docstring(doc.body[2]), ast.get_docstring(ast.Module([], [])))
try:
    ast.get_docstring(doc.body[0])
except TypeError as e:
    print("TypeError:", e)
print([(name, type(value).__name__) for name, value in ast.iter_fields(ast.Name("n"))])
print([type(n).__name__ for n in ast.iter_child_nodes(ast.parse("f(a, *b, k=c)", mode="eval").body)])
