sources = [
    "if x:\npass",
    "  x = 1",
    "if x:\n    a = 1\n  b = 2",
    "def f():\n    x = 1\n        y = 2",
    "if x:\n\tpass\n        pass",
    "for i in y:\n",
    "class C:\n# only comment\n",
]
for src in sources:
    try:
        compile(src, "<indent>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, "|", e.msg, "|", e.lineno)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
