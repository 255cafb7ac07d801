for src, mode in [("1 + 1", "eval"), ("x = 1", "eval"), ("x = 1", "exec"), ("x = 1\ny = 2", "single"), ("if x:\n    pass\n", "single"), ("", "eval"), ("", "exec"), ("# only comment", "exec"), ("  1", "eval")]:
    try:
        c = compile(src, "<m>", mode)
        print(repr(src), mode, "ok", type(c).__name__)
    except SyntaxError as e:
        print(repr(src), mode, "SyntaxError:", e.msg)
import ast
tree = compile("x = 1 + 2", "<ast>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(eval(compile(ast.parse("3 * 4", mode="eval"), "<p>", "eval")))
try:
    compile("x\x00y", "<nul>", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__ + ":", e)
