d = {}
d[1] = "int"; d[1.0] = "float"; d[True] = "bool"
print(d, len(d))
d[0] = "zero"; d[-0.0] = "negzero"; d[False] = "false"
print(d)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K({self.v})"
e = {K(1): "a"}
e[K(1)] = "b"
print(e, K(1) in e, K(2) in e)
nan = float("nan")
f = {nan: 1}
f[nan] = 2
print(len(f), f[nan])
f[float("nan")] = 3
print(len(f))
class H:
    __hash__ = None
try:
    {H(): 1}
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
print({(1, "a"): 1}[(1, "a")], {frozenset({1}): "fs"}[frozenset([1])])
