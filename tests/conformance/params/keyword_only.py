def f(a, *, b, c=3): return (a, b, c)
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=0))
for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, b=2, d=4)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(*args, sep="-"): return sep.join(args)
print(g("a", "b"), g("a", "b", sep="+"))
def h(*, only): return only
print(h(only=1))
try:
    h()
except TypeError as e:
    print("TypeError:", e)
print(f.__kwdefaults__, h.__kwdefaults__)
