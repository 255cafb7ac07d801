code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}), code.co_filename, code.co_name)
code2 = compile("for i in range(3): total += i", "<loop>", "exec")
ns = {"total": 0}
exec(code2, ns)
print(ns["total"])
single = compile("42", "<single>", "single")
exec(single)
print(eval("[x * 2 for x in range(3)]"), eval("(lambda q: q + 1)(1)"), eval(" 1 + 1 "), eval("\n1\n" if False else "1"))
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno)
try:
    compile("1", "<m>", "badmode")
except ValueError as e:
    print("ValueError:", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
print(exec("1 + 1"), eval("None"))
