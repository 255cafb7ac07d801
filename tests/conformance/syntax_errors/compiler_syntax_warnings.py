# SyntaxWarnings of the compiler, through the warnings module; the 'error' filter makes them SyntaxErrors.
import warnings
srcs = ["assert (False, 'x')", "assert ()", "assert (x)", "x is 1", "x is not 'a'", "1 is x", "x is None", "None is x", "x is ...", "x is True", "x is (1, 2)",
        "x is -1", "x is ()", "x is [1]", "a is b is 3", "if x is 1: pass", "(1)(2)", "'abc'(1)", "[1, 2](3)", "{1: 2}(3)",
        "{1}(2)", "(x for x in y)(1)", "f'{x}'(1)", "(lambda: 1)()", "None(1)", "x(1)", "1[2]", "None[0]", "{1, 2}[0]", "(x for x in y)[0]", "(lambda: 1)[0]",
        "'abc'['a']", "(1, 2)['x']", "[1, 2][1.5]", "'abc'[1]", "'abc'[1:2]", "[1][x]", "b'ab'['x']", "f'{x}'['a']", "x[1]['a']", "print(1)\nassert (1, 2), 'm'",
        "[x for x in y][(1,)]", "'abc'[None]", "'abc'[True]", "{}[1]", "x = 1 is 1"]
for src in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<w>", "exec")
    print(repr(src), [(str(x.message), x.category.__name__, x.lineno, x.filename) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x is 1", "assert (1, 2)", "y = 1\n(1)(2)"]:
        try:
            compile(src, "<e>", "exec")
        except SyntaxError as e:
            print("SyntaxError:", e.msg, e.lineno, e.offset, e.end_offset, e.filename)
