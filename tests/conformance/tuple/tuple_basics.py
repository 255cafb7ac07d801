t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t + (5,), t * 2, (1,) * 0, 3 in t, t.count(1), t.index("a"))
print((), (1,), tuple(), tuple([1, 2]), tuple("abc"), tuple(range(3)), tuple(x for x in "hi"), type(()).__name__)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), (2,) > (1, 100), () < (0,), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
m = ([1], 2)
m[0].append(3)
print(m)
try:
    m[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(m)
