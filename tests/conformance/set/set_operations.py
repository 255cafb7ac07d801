a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} <= b, {3} < b, b < b, a >= {1}, a > a)
print(a.union([9], (8,)), a.intersection(b, {4}), a.difference({1}, {2}), a.symmetric_difference([4, 6]), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
s = set(); s.add(3); s.add(3); s.update([1, 2], {9}); print(s)
s.discard(9); s.discard(99); s.remove(1); print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {2, 3}, len(s))
s.clear(); print(s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
c = {1, 2, 3}; c |= {4}; c &= {1, 2, 4}; c -= {1}; c ^= {9, 2}; print(sorted(c))
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
x = {1, 2, 3}; x.intersection_update([2, 3, 4]); x.difference_update([3]); x.symmetric_difference_update([2, 7]); print(x)
