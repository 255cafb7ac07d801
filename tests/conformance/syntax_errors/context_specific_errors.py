sources = [
    "def f():\n    nonlocal x\n",
    "async def f():\n    yield from g()\n",
    "def f():\n    x = 1\n    global x\n",
    "class C:\n    return 1\n",
    "def f():\n    def g():\n        break\n",
    "await x",
    "async with x: pass",
    "async for x in y: pass",
    "def f():\n    [await x for x in y]\n",
    "def f(a, a): pass",
    "lambda a, a: 0",
    "f(a for a in b for c in d, 1)",
    "x = yield = 1",
    "try:\n    pass\n",
    "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass\n",
    "from __future__ import nonexistent_feature",
    "x = 1\nfrom __future__ import annotations\n",
    "def f(x=1, /, y): pass",
    "def f(*): pass",
    "import a.b as",
]
for src in sources:
    try:
        compile(src, "<ctx>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, "|", e.lineno)
