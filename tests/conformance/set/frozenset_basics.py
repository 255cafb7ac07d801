f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1}, frozenset(), frozenset("aab") == frozenset("ab"))
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "key"}[frozenset({1, 2, 3})], f == {1, 2, 3}, {1, 2, 3} == f)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s), sorted(sorted(x) for x in s))
print(frozenset({1}).union([2]), f.copy() is f, repr(frozenset()), repr(frozenset({5})))
