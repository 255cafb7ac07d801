def make_adder(n):
    def add(x): return x + n
    return add
a5 = make_adder(5)
print(a5(1), a5.__closure__[0].cell_contents, len(a5.__closure__), a5.__code__.co_freevars)
def no_closure(): return 1
print(no_closure.__closure__)
def outer():
    x = 1
    y = 2
    def inner(): return x + y
    return inner
print(outer()(), sorted(outer().__code__.co_freevars))
def unbound():
    def inner(): return z
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    z = 5
    return inner()
print(unbound())
