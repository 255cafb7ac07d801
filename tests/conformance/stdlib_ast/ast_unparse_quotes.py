# ast.unparse's choice of quotes and escapes: string constants, docstrings and f-strings,
# from parsed source and from trees made by hand (CPython 3.12's output, quirks included).
import ast

C = ast.Constant


def name(text):
    return ast.Name(text, ast.Load())


def show(tree):
    try:
        print(repr(ast.unparse(tree)))
    except Exception as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])


for text in ["a", "it's", 'say "hi"', "both ' and \"", "tab\there", "line\nbreak", "back\\slash",
             "nul\x00 del\x7f nel\x85 ls\u2028", "é ☃ \U0001F600", "'''\"\"\"", "", "ends in '"]:
    show(ast.parse(repr(text)))
    show(ast.Module([ast.Expr(C("doc")), ast.Expr(C(text))], []))
    show(ast.Module([ast.Expr(C(text))], []))
show(ast.parse("def f():\n    u'''doc'''\n    return 1"))
show(ast.parse("class C:\n    '\\t'\n    x = 1\nif x:\n    'not a docstring'"))
show(C(b"bytes ' \" \x00"))
show(C("u-string", kind="u"))

for source in ["f'{x!r:>{width}} {\"a\"} {{braces}}'", "f'{x}\\n'", "f'{ {1} }'", "f'{x=}'",
               "f\"it's {x}\"", "f'{\"\\n\"}'", "f'{x:\\n}'", "rf'\\d{x}'", "f'{a}' 'b' f'{c}'",
               "f'{x,}'", "f'{(yield)}'", "f'{x:{y}.{z}}'", "f'''{x}\n'''", "f'{\"\"\"a\"\"\"}'"]:
    show(ast.parse(source))

F = ast.FormattedValue
show(ast.JoinedStr([C("a\x00\\\t'"), F(name("x"), ord("r"), None)]))
show(ast.JoinedStr([C("'\"\n"), F(name("x"), -1, None)]))
show(ast.JoinedStr([C("'''\"\"\"'\""), F(name("x"), -1, None), C("\n'")]))
show(ast.JoinedStr([F(name("x"), -1, None), C("'\"'''\"\"\"")]))
show(ast.JoinedStr([F(name("x\ny"), -1, None), C("'\"")]))
show(ast.JoinedStr([C("'\"\"\"'''"), F(name("x\ny"), -1, None)]))
show(ast.JoinedStr([F(name("x"), -1, ast.JoinedStr([C("a\\b\tc'd\"e{f}\n")]))]))
show(ast.JoinedStr([F(ast.JoinedStr([C("\n")]), -1, None), C("\"'")]))
show(ast.JoinedStr([F(ast.Dict([], []), -1, None), F(ast.Lambda(ast.arguments([], [], None, [], [], None, []), name("x")), -1, None)]))
show(ast.JoinedStr([F(ast.Starred(name("a"), ast.Load()), -1, None), F(ast.NamedExpr(name("a"), C(1)), -1, None)]))
show(ast.JoinedStr([]))
show(ast.JoinedStr([C(1)]))
show(ast.JoinedStr([name("x")]))
show(F(name("x"), ord("s"), None))
