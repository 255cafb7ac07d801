print(sorted([3, 1, 2]), sorted("cba"), sorted((3, 1)), sorted({3: 0, 1: 0}), sorted([3, 1, 2], reverse=True))
print(sorted(["a", "B", "c"]), sorted(["a", "B", "c"], key=str.lower), sorted([(1, "b"), (1, "a")]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
