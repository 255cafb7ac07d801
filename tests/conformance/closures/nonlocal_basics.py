def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    def get(): return x
    return inc, get
inc, get = outer()
inc(); inc()
print(get())
def counter_factory(start):
    def counter():
        nonlocal start
        start += 1
        return start
    return counter
c = counter_factory(10)
print(c(), c(), counter_factory(0)())
def nested():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
        return a
    return l1()
print(nested())
for src in ["def f():\n    nonlocal q\n", "nonlocal x\n", "def f(a):\n    def g():\n        global a\n        nonlocal a\n"]:
    try:
        compile(src, "<nl>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
