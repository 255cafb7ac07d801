def f(a, b, c=3, *, d, e=5): pass
tests = [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3, 4), {"d": 1}), ((1, 2), {"d": 1, "a": 1}), ((1, 2), {"d": 1, "zz": 1}),
         ((), {"d": 1}), ((1,), {"d": 1, "c": 1}), ((1, 2, 3, 4, 5), {})]
for args, kwargs in tests:
    try:
        f(*args, **kwargs)
        print("ok", args, kwargs)
    except TypeError as e:
        print("TypeError:", e)
def g(a, b, c, d): pass
for args in [(), (1,), (1, 2)]:
    try:
        g(*args)
    except TypeError as e:
        print("TypeError:", e)
def k(*, x, y, z): pass
try:
    k()
except TypeError as e:
    print("TypeError:", e)
try:
    k(x=1)
except TypeError as e:
    print("TypeError:", e)
def noargs(): pass
try:
    noargs(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    noargs(x=1)
except TypeError as e:
    print("TypeError:", e)
def one(a=1): pass
try:
    one(1, 2)
except TypeError as e:
    print("TypeError:", e)
