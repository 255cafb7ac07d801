it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
s = iter("ab")
print(list(s), list(s))
d = iter({"k": 1, "j": 2})
print(next(d), list(d))
calls = [3, 2, 1, 0]
sentinel_iter = iter(lambda: calls.pop(0), 1)
print(list(sentinel_iter), calls)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(lambda: 1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__)
