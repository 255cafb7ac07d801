t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), sorted(t), min(t), max(t), sum(t), len(t), t[::2], t[-3:])
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 3), (2,) > (1, 9), (1, "a") < (1, "b"), ("a", 1) == ("a", 1.0), () == ())
try:
    (1, "a") < ("a", 1)
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (1, 1), (0, 5))
print(sorted(nested), max(nested), tuple(reversed(nested)), tuple(map(sum, nested)))
print(tuple(x for x in range(3)), tuple({"b": 1, "a": 2}), tuple(sorted({3, 1, 2})), (1, 2) * 0, (0,) * 3)
