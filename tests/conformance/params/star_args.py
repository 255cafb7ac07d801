def f(*args): return args
print(f(), f(1), f(1, 2, 3), f(*[1, 2]), f(*"ab", *(3,)), f(*range(3), 9), type(f()).__name__)
def g(a, *rest, last="L"): return (a, rest, last)
print(g(1), g(1, 2, 3), g(1, 2, last="x"))
def h(**kw): return kw
print(h(), h(a=1), h(**{"b": 2}, c=3), h(**{"a": 1}, **{"b": 2}))
def both(*a, **k): return a, k
print(both(1, 2, x=3), both(*[1], **{"y": 2}), both(*(), **{}))
def call(*args, **kwargs): return f(*args), h(**kwargs)
print(call(1, 2, k=3))
try:
    h(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    h(**[1])
except TypeError as e:
    print("TypeError:", e)
