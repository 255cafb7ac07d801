ns = {}
exec("x = 10\ny = x * 2", ns)
print(ns["x"], ns["y"], "__builtins__" in ns)
print(eval("x + y", ns), eval("a * b", {"a": 3}, {"b": 4}), eval("len('abc')"))
loc = {}
exec("def f(): return 'defined in exec'", globals(), loc)
print(loc["f"]())
code = compile("result = 6 * 7", "<string>", "exec")
exec(code)
print(result)
print(eval(compile("1 + 1", "<e>", "eval")))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name_here")
except NameError as e:
    print("NameError:", e)
def scope_test():
    exec("z = 5")
    return "z" in locals()
print(scope_test())
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
