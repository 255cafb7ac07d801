class O: pass
o = O()
for o.attr in "ab":
    print(o.attr)
l = [0, 0]
for l[0], l[1] in [(1, 2), (3, 4)]:
    print(l)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for [x, *y] in ["abc", "d"]:
    print(x, y)
for _ in range(2):
    print("underscore", _)
m = {}
for i, m[i] in enumerate("xyz"):
    pass
print(m)
