# Set iteration order follows CPython's table: displays built from a frozenset constant, copies and
# merges (set_merge), and the algebra iterating the sets setobject.c iterates.
a = {100, 5, 20}
b = {20, 5, 100, 36, 68, 4, 132}
print(a, b, {1, 9, 17, 25, 33}, {-1, -9, 7, 15, 8}, {0.5, 1, 9, 17}, {(1, 2), 9, 17, 25} == {(1, 2), 9, 17, 25})
print(set(a), frozenset(a), a.copy(), set(b), frozenset(b), b.copy(), a | b, b | a, a & b, b - a, a ^ b, {*a}, {*b, 1})
c = set(); [c.add(x) for x in (100, 5, 20, 36, 68, 4, 132)]
print(c, c.copy(), set(c), frozenset(c))
d = {x * 8 for x in range(20)}
print(d, d.copy(), set(d), frozenset(d), {8 * x for x in range(20)} == d)
e = set(range(0, 400, 16)); e.discard(32); e.discard(64)
print(e, e.copy(), set(e), frozenset(e))
print({100, 5, 20, 100}, {1, 1.0, True}, {True, 1, 1.0}, {0, False, 0.0}, frozenset({100, 5, 20}), {100, 5, 20}.union({1}), set().union(b))
f = {100, 5, 20}; f.update({36, 68}); print(f)
g = {100, 5, 20}; g |= {4}; print(g)
print(sorted({"a", "b"}), len({100, 5, 20, 36, 68, 4, 132, 260, 516}), {100, 5, 20, 36, 68, 4, 132, 260, 516})
