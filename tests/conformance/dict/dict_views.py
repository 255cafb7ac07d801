d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i)
d["d"] = 4
print(list(k), list(v), list(i))
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "d", "z"}, sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
print(sorted(i & {("a", 1), ("b", 0)}), i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(v == v, list(reversed(k)), k.mapping["a"] if hasattr(k, "mapping") else None)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d:
        del d["a"]
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(k).__name__, type(v).__name__, type(i).__name__)
