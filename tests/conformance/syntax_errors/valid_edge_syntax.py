sources = [
    "x = (yield)" if False else "def g():\n    x = (yield)\n",
    "a = b = c = 1",
    "x, = [1]",
    "[a, (b, c)] = 1, (2, 3)",
    "f(*a, *b, **c, **d)",
    "f(a, *b, c=1, **d)",
    "lambda *, k: k",
    "lambda a, /, b: 0",
    "x = [*a, *b]",
    "print(*[1], sep='')",
    "def f[T](x: T) -> T: return x",
    "type Alias = list[int]",
    "class C[T]: pass",
    "with (a, b): pass",
    "match = 1\ncase = 2\n_ = 3",
    "x = 1 if 2 else 3 if 4 else 5",
    "not not not x",
    "x = a[1:2, ::3, ...]",
    "del (a), [b], c.d, e[0]",
    "global x; x = 1",
]
for src in sources:
    try:
        compile(src, "<valid>", "exec")
        print(repr(src)[:40], "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
