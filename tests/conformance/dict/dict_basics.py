d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "a" in d, "z" not in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]; print(d)
d["a"] = 10; print(d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip("ab", [1, 2])), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError:", e)
