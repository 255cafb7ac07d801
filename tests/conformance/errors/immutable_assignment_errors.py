cases = [lambda: "abc".__setitem__(0, "x"), lambda: (1, 2).__delitem__(0), lambda: frozenset().add(1), lambda: b"".__setitem__(0, 1)]
for c in cases:
    try:
        c()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
t = (1,)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
r = range(3)
try:
    r[0] = 1
except TypeError as e:
    print("TypeError:", e)
d = {}.keys()
try:
    d[0]
except TypeError as e:
    print("TypeError:", e)
m = memoryview(b"abc")
try:
    m[0] = 1
except TypeError as e:
    print("TypeError:", e)
def f(): pass
try:
    f.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError:", e)
