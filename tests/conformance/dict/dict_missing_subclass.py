class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["x"] += 1; c["x"] += 1; c["y"] += 5
print(c, c["zzz"], "zzz" in c, c.get("zzz"))
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
l = Loud(a=1)
l["b"] = 2
print(l["a"], l.get("a"), dict(l))
l.update(c=3)
print(sorted(l.items()))
class D(dict):
    def __repr__(self): return "D(" + super().__repr__() + ")"
print(D(a=1), D(a=1) == {"a": 1}, type(D(a=1).copy()).__name__, type(D(a=1) | {}).__name__)
