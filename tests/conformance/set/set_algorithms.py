def powerset(s):
    items = sorted(s)
    out = [set()]
    for x in items:
        out += [sub | {x} for sub in out]
    return out
print(sorted(sorted(p) for p in powerset({1, 2, 3})))
a = set(range(0, 30, 2)); b = set(range(0, 30, 3)); c = set(range(0, 30, 5))
print(sorted(a & b & c), sorted((a | b) - c)[:8], len(a ^ b), sorted(a.intersection(b, c)), a.isdisjoint({1, 3}))
seen, dups = set(), set()
for w in "the cat and the hat and the bat".split():
    (dups if w in seen else seen).add(w)
print(sorted(seen), sorted(dups))
print(sorted({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}, key=sorted))
graph = {1: {2, 3}, 2: {4}, 3: {4}, 4: set()}
reach, todo = set(), [1]
while todo:
    n = todo.pop()
    if n not in reach:
        reach.add(n); todo.extend(graph[n] - reach)
print(sorted(reach))
