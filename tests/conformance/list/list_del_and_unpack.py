l = list(range(6))
del l[0]; print(l)
del l[-1]; print(l)
del l[1:3]; print(l)
a, b = l; print(a, b)
first, *rest = [1, 2, 3, 4]; print(first, rest)
*init, last = [1, 2, 3, 4]; print(init, last)
h, *mid, t = [1, 2]; print(h, mid, t)
[x, [y, z]] = [1, [2, 3]]; print(x, y, z)
(p, q), r = "ab", "c"; print(p, q, r)
for bad in [[1], [1, 2, 3]]:
    try:
        a, b = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    x, y = iter(range(10))
except ValueError as e:
    print("ValueError:", e)
