# ast.unparse: source from trees, with CPython's choices of parentheses, quotes and layout.
import ast

snippets = [
    "(a + b) * c - d / (e % f) ** -g",
    "not (a and b) or c if d else (lambda x, *y, z=1, **k: x)(1)",
    "x = yield_ = [i * 2 for i in range(10) if i % 3 for j in (1, 2)]",
    "print(f'{value!r:>{width}} and {{braces}} {x=}', 'it''s', \"say \\\"hi\\\"\", '''tri\nple''')",
    "s = 'tab\\there', b'\\x00\\xff', 1e400, -1e400, 10**100, 0.1, 1_0j",
    "del a[1:2, ...], b.c\nglobal g\nassert (yield), 'msg'",
    "async def f():\n    async with a as (b, c):\n        await x\n    return [y async for y in z]",
    "@dec\nclass C(B, metaclass=M):\n    '''doc'''\n    x: int = 1\n    def m(self, /, a, *, b): ...",
    "try:\n    pass\nexcept* E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass",
    "match p:\n    case [1, *rest] | {'k': v, **kw} if v:\n        pass\n    case C(a, b=2) as c:\n        pass\n    case _:\n        pass",
    "type L[T: (int, str), *Ts, **P] = list[T]\ndef g[T](x: T) -> T: return x",
    "with (open(a) as f, open(b) as g): pass\nwhile x := f(): continue\nfor i, in z: break\nelse: pass",
    "a = -(-1)\nb = (-1) ** 2\nc = -1 ** 2\nd = (a, *b)\ne = {**a, 'b': 1}\nf = a if b else (c if d else e)",
    "from . import (a as b)\nimport x.y as z\nnonlocal_ = 1; x += 1; y @= 2",
    "(a := 1)\nf(*args, **kwargs, k=(yield from g))\n{1, 2} | {3}\n()",
    "x = '\\u00e9\\U0001F600\\x7f'\ny = '\\N{BULLET}'",
]
for text in snippets:
    tree = ast.parse(text)
    out = ast.unparse(tree)
    print(out)
    print("  round trip:", ast.dump(ast.parse(out)) == ast.dump(tree))
print(ast.unparse(ast.parse("1 + 2", mode="eval")))
print(ast.unparse(ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Constant(1))))
print(ast.unparse(ast.Constant(value=(1, "two", None))))
