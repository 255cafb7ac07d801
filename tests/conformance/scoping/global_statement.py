counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def create():
    global created_later
    created_later = "now exists"
create()
print(created_later)
def reads_global(): return counter
def shadows():
    counter = "local"
    return counter
print(reads_global(), shadows(), counter)
try:
    compile("def f():\n    x = 1\n    global x\n", "<g>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("def f(a):\n    global a\n", "<g>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
