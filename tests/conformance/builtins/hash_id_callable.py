print(hash(1) == hash(1.0), hash(0) == hash(-0.0) == hash(False), hash("") == 0, hash(()) == hash(()))
x = []
print(id(x) == id(x), id(x) != id([]), isinstance(id(x), int))
print(callable(print), callable(int), callable(lambda: 0), callable(5), callable("s"), callable(type))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset()) == hash(frozenset()), hash(None) == hash(None), type(hash("x")).__name__)
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(1.5), hash(-1.5), hash(1e300))
