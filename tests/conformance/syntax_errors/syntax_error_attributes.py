src = "def f():\n    x = (1 +\n"
try:
    compile(src, "myfile.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    compile("x = 1\ny = 2 2\n", "other.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    print(str(e))
    print(e.args[0], e.args[1][:3])
try:
    exec("a = $")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
e = SyntaxError("custom", ("f.py", 3, 4, "bad line", 3, 7))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
