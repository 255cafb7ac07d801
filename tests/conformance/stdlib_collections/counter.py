from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements())[:6], c.total())
c.update("aaz"); c.subtract({"a": 10})
print(c, +c, -c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=1)
print(d + e, d - e, d & e, d | e, d == Counter(b=1, a=3), Counter() == Counter(x=0))
print(Counter(["x", "y", "x"]).most_common(), Counter({"k": 2}), list(Counter("cab")), repr(Counter()))
del c["z"]
print(sorted(c.items()), c.most_common()[-1])
