print(hash(()) == hash(()), hash((1, 2, 3)) == hash((1, 2, 3)), hash((1,)) != hash((2,)), hash((1, 2)) == hash((1.0, 2.0)))
d = {(1, 2): "a", (1, (2, 3)): "b", (): "empty"}
print(d[(1, 2)], d[1, (2, 3)], d[()], (1, 2) in d, (2, 1) in d)
print(hash((1, 2, 3)), hash(()), hash((-1,)), hash((1, (2, 3))))
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), sorted(s))
