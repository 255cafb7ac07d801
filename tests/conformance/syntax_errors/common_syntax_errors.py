sources = [
    "x = (1, 2",
    "x = [1, 2)",
    "def f(:\n    pass",
    "if True\n    pass",
    "for x in range(3) print(x)",
    "print 'hello'",
    "x = 1 +",
    "a b",
    "1 = x",
    "f() = 1",
    "x = }",
    "def f():\nreturn 1",
    "while True:\npass",
    "class C(:\n    pass",
    "x = 'unterminated",
    "x = '''never closed",
    "return 5",
    "yield 5",
    "break",
    "continue",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled?!")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)
