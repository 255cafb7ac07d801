def f(**kw): return list(kw.items())
print(f(z=1, a=2, m=3), f(**dict(b=1, a=2)), f(**{"not an identifier": 1, "1x": 2}))
def g(a, **kw): return a, kw
print(g(1, a2=2), g(a=1, b=2))
try:
    g(1, a=2)
except TypeError as e:
    print("TypeError:", e)
def h(*args, **kwargs): return args, sorted(kwargs)
print(h(1, *[2, 3], 4, *(), x=1, **{"y": 2}, z=3))
