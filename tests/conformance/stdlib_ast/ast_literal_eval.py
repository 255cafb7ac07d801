# ast.literal_eval: the literals it accepts and the errors for everything else.
import ast

for text in ["42", "-3.5", "1e400", "2+3j", "-1-2j", "'str'", "b'bytes'", "True", "None", "...",
             "[1, (2, 3), {4: 'five'}, {6, 7}]", "()", "{}", "set()", "(1,)", "  17  ", "\t[1]",
             "-(-(5))", "+4", "{'nested': [{'x': [None]}]}", "0x1F", "1_000"]:
    try:
        value = ast.literal_eval(text)
        print(repr(text), "->", repr(value), type(value).__name__)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError) as e:
        print(repr(text), type(e).__name__ + ":", str(e).split(" at 0x")[0])

for text in ["x", "1 + x", "f()", "[1, 2][0]", "{1: 2}[1]", "2 ** 8", "'a' + 'b'", "-'s'", "set([1])",
             "lambda: 0", "1 if True else 2", "a.b", "{**d}", "[*a]", "1 +", "import os", "(yield)",
             "3 + 4", "3 - 4j", "3j + 4", "3 + 4 + 5j"]:
    try:
        print(repr(text), "->", repr(ast.literal_eval(text)))
    except ValueError as e:
        print(repr(text), "ValueError:", str(e).split(" at 0x")[0])
    except SyntaxError as e:
        print(repr(text), "SyntaxError:", e.msg)

tree = ast.parse("[1, 'two', (3.0,)]", mode="eval")
print(ast.literal_eval(tree), ast.literal_eval(tree.body.elts[1]))
print(ast.literal_eval(ast.Constant(value=frozenset({1}))))
try:
    ast.literal_eval(ast.Name("x", ast.Load()))
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
