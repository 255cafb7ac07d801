t = 1, 2, 3
print(t, type(t).__name__)
a, b, c = t; print(a, b, c)
a, b = b, a; print(a, b)
x = 5,; print(x)
(a, b), c = (1, 2), 3; print(a, b, c)
def multi(): return 1, "two", [3]
n, s, l = multi(); print(n, s, l)
first, *others = t; print(first, others, type(others).__name__)
print(*t, sep="-")
print((*t, *t), [*t], {*t})
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print(tuple(zip(*[(1, 'a'), (2, 'b')])))
