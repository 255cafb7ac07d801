sources = ["None = 1", "True = 1", "__debug__ = 1", "x + 1 = 2", "(a, b) += 1", "[a, b] += 1", "a.b += 1", "lambda: 1 = 2",
           "'s' = 1", "f(x) += 1", "del f()", "del 1", "(yield) = 1", "x, *y, *z = 1", "*a = 1", "a if b else c = 1", "{a: b} = c",
           "def f(x, x): pass", "def f(*, **k): pass", "def f(**k, a): pass", "f(x for x in y, 1)", "f(**k, *a)", "f(a=1, a=2)", "f(a=1, 2)"]
for src in sources:
    try:
        compile(src, "<t>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, "|", e.lineno, e.offset)
