# ast.parse in its modes, ast.dump's options, and the node classes themselves.
import ast

tree = ast.parse("total = price * (1 + rate)  # comment\nprint(f'{total:.2f}')\n")
print(type(tree).__name__, len(tree.body))
print(ast.dump(tree))
print(ast.dump(tree.body[0], include_attributes=True))
print(ast.dump(ast.parse("x.y[1:2, ::3] = -a or not b", mode="exec"), annotate_fields=False))
print(ast.dump(ast.parse("lambda a, /, b=2, *c, d, e=5, **f: (yield)", mode="eval"), indent=2))
print(ast.dump(ast.parse("if x: pass\n", mode="single")))
print(ast.dump(ast.parse("é = 'ünïcode'"), include_attributes=True))

source = '''
@decorator(1)
async def fetch(url: str, *, retries=3) -> bytes:
    """Docstring."""
    async with session.get(url) as response:
        async for chunk in response:
            yield chunk
    try:
        await other()
    except* (ValueError, TypeError) as group:
        raise RuntimeError("bad") from group
    finally:
        del response

class Point[T: int](Base, metaclass=Meta):
    x: T = 0
    match command.split():
        case [action, *rest] if rest:
            pass
        case {"kind": kind, **others} | Point(x=0, y=_) as p:
            global counter
        case None | True | -1 | 2+3j | "s" | b"b":
            nonlocal_ok = [i async for i in aiter() if i]

type Alias[*Ts, **P] = tuple[*Ts]
from ..pkg import (name as other, thing)
import os.path as osp, sys
assert x, "message"
with open(f) as a, open(g):
    x += 1; y //= 2; z @= m
while True:
    break
else:
    continue
print({k: v for k, v in d.items()}, {1, 2}, [*a], (b,), {**c}, w := 5)
'''
for node in ast.walk(ast.parse(source)):
    pass
print(ast.dump(ast.parse(source), indent=1))

print(ast.AST, ast.AST._fields, ast.AST._attributes)
print(ast.expr._attributes, ast.Name._fields, ast.Name.__match_args__, [c.__name__ for c in ast.Name.__mro__])
print(ast.Load._fields, [c.__name__ for c in ast.Add.__mro__], ast.arguments._attributes, ast.arg._attributes)
print(ast.Name.__doc__)
print(ast.FunctionDef.__doc__)
print(ast.Constant.__module__, type(ast.Name).__name__, ast.Name.__qualname__)
n = ast.Name("spam", ast.Load())
print(n.id, type(n.ctx).__name__, vars(n) == {"id": "spam", "ctx": n.ctx})
print(ast.Name().__dict__, ast.Constant().kind, ast.FunctionDef().returns, ast.Name().end_lineno)
try:
    ast.Name().id
except AttributeError as e:
    print("AttributeError:", e)
try:
    ast.Name("x", ast.Load(), 3)
except TypeError as e:
    print("TypeError:", e)
print(ast.Name("x", ctx=ast.Store(), lineno=4, custom="kept").custom)
print(ast.parse("a").body[0].value.ctx is ast.parse("b").body[0].value.ctx, ast.Load() is ast.Load())
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("x", ast.Load()))))
print(ast.dump(ast.Constant(value=None, kind=None)), ast.dump(ast.Constant(value=None), include_attributes=True))
print(isinstance(ast.parse("1").body[0].value, ast.expr), issubclass(ast.Constant, ast.AST))
match ast.parse("f(1, k=2)").body[0].value:
    case ast.Call(ast.Name(id=name), [ast.Constant(value=v)], [ast.keyword(arg=k)]):
        print("matched", name, v, k)

for bad in ["x = = 1", "def f(:", "return"]:
    try:
        ast.parse(bad)
        print(repr(bad), "parsed")
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse("await x")), ast.dump(ast.parse("x", type_comments=True)))
print(ast.dump(compile("1 + 2", "<c>", "eval", ast.PyCF_ONLY_AST)))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.expr.__doc__.splitlines()[:3])
print(ast.operator.__doc__)
print(ast.pattern.__doc__.splitlines()[1], "end_lineno" in vars(ast.pattern), "end_lineno" in vars(ast.stmt))
