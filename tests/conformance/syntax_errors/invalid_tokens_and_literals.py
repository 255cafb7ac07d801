sources = ["x = 1 $ 2", "x = 0777", "x = 1__2", "x = 0b", "x = 1.2.3", "x = 5 ?", "s = 'a\nb'", "x = `1`", "a <> b", "x = 1e",
           "print('abc' 'def'", "f'{'", "x = \u00a0 1", "@", "a = 1;;", "if x = 1: pass", "x === y", "else: pass", "import", "from x import"]
for src in sources:
    try:
        compile(src, "<tok>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, "|", e.lineno, e.offset)
