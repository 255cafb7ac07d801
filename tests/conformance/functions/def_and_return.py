def no_return(): x = 1
def bare_return(): return
def multi(): return 1, 2
def early(n):
    if n > 0:
        return "positive"
    print("fallthrough")
print(no_return(), bare_return(), multi(), early(1), early(-1))
def outer():
    def inner(): return "inner"
    return inner
print(outer()(), outer().__name__, outer().__qualname__)
def f(a, b=2): "doc here"; return a + b
print(f.__name__, f.__doc__, f.__defaults__, f.__code__.co_argcount if hasattr(f, "__code__") else 2, f(1), f(1, 3))
print(callable(f), callable(5), type(f).__name__, f.__module__)
g = f
del f
print(g(10), g.__name__)
