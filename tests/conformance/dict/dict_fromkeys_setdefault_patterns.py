shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
groups = {}
for word in ["apple", "avocado", "banana", "cherry", "cranberry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
inverted = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inverted.setdefault(v, set()).add(k)
print({k: sorted(v) for k, v in inverted.items()})
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
nested = {}
for path, val in [("a.b.c", 1), ("a.b.d", 2), ("a.e", 3)]:
    node = nested
    *parents, leaf = path.split(".")
    for p in parents:
        node = node.setdefault(p, {})
    node[leaf] = val
print(nested)
print(dict(zip(["k1", "k2"], [1, 2])), {**{"a": 1}, "a": 2}, dict(a=1) | dict(a=3))
