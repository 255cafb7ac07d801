words = ["apple", "banana", "cherry", "avocado"]
print({w: len(w) for w in words}, {w[0] for w in words} == {"a", "b", "c"}, {len(w) for w in words})
print({k: v for k, v in zip("abc", range(3)) if v}, {v: k for k, v in {"x": 1, "y": 1}.items()})
print({(i, j): i + j for i in range(2) for j in range(2)}, {n % 4 for n in range(100)})
print({x: [y for y in range(x)] for x in range(4)})
