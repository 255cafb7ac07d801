# Random sets through every operation: the element order must be CPython's (setobject.c's algorithms).
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
for trial in range(300):
    a = set(); b = set()
    for _ in range(rnd(40)): a.add(rnd(200) * (8 if rnd(2) else 1) - 50)
    for _ in range(rnd(40)): b.add(rnd(200) * (16 if rnd(2) else 1) - 50)
    for x in list(a)[: rnd(5)]: a.discard(x)
    ops = [a | b, a & b, a - b, b - a, a ^ b, a.union(b, [7, 8]), a.intersection(b, list(b)), a.difference(b, [1, 2]), a.symmetric_difference(list(b)),
           frozenset(a) | b, set(a), a.copy(), frozenset(b), set(frozenset(a)), {*a, *b}]
    c = set(a); c |= b; ops.append(c)
    c = set(a); c &= b; ops.append(c)
    c = set(a); c -= b; ops.append(c)
    c = set(a); c ^= b; ops.append(c)
    c = set(a); c.difference_update(b, [3]); ops.append(c)
    c = set(a); c.intersection_update(list(b)); ops.append(c)
    c = set(a); c.symmetric_difference_update([5, 6, 7]); ops.append(c)
    c = set(a); c.update(range(10), b); ops.append(c)
    out.append(" ".join(str(list(o)) for o in ops))
import hashlib
print(hashlib.sha256("\n".join(out).encode()).hexdigest())
print(out[7][:300])
