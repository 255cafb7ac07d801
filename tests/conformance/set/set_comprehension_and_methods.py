print({x % 5 for x in range(20)}, {c.upper() for c in "abca"} == {"A", "B", "C"})
evens = {n for n in range(10) if n % 2 == 0}
print(evens, sum(evens), max(evens), min(evens), sorted(evens, reverse=True))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
t = {1, 2, 3}
print(t.copy() == t, t.copy() is t, len(set([1, 1, 1])), set((1, 2)) == set([2, 1]), set({"a": 1}))
print({True, 1, 1.0}, {0, False, 0.0, -0.0}, len({1, True}))
