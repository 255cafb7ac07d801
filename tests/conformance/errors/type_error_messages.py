def call(obj): return obj()
def sub(obj): return obj[0]
cases = [
    lambda: call(5), lambda: call(None), lambda: call("s"), lambda: call([1]), lambda: call((1,)), lambda: call(1.5),
    lambda: sub(5), lambda: sub(None), lambda: sub(lambda: 0), lambda: sub(object()), lambda: sub({1}), lambda: sub(len), lambda: sub(3.5),
    lambda: iter(5), lambda: list(None), lambda: [x for x in 3.5], lambda: tuple(True),
    lambda: {[]: 1}, lambda: {set()}, lambda: hash({}),
    lambda: len(5), lambda: len(None), lambda: len(iter([])),
    lambda: "a" < 1, lambda: [] > {}, lambda: None < None,
    lambda: sub(i for i in []),
    lambda: int.__new__(str), lambda: float("1", "2"), lambda: str(1, 2, 3, 4),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
