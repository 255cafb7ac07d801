class S(set):
    def __repr__(self): return "S(" + str(sorted(self)) + ")"
s = S([3, 1])
print(s, s | {2}, type(s | {2}).__name__, type(s.copy()).__name__, isinstance(s, set), s == {1, 3})
print(set() == frozenset(), {1} == [1], {1}.__eq__([1]), {1, 2} <= frozenset({1, 2, 3}))
try:
    {1} < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
