import copy
orig = {"list": [1, [2, 3]], "tuple": (4, [5]), "num": 6}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append("x"); orig["tuple"][1].append("y"); orig["num"] = 0
print(shallow, deep, shallow["list"] is orig["list"], deep["list"] is orig["list"])
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
rec = [1]
rec.append(rec)
d = copy.deepcopy(rec)
print(d[1] is d, d is not rec, len(d))
class P:
    def __init__(self, items): self.items = items
p = P([1, 2])
pc = copy.copy(p); pd = copy.deepcopy(p)
p.items.append(3)
print(pc.items, pd.items, type(pd).__name__)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): return Custom("copied " + str(self.v))
    def __deepcopy__(self, memo): return Custom("deep " + str(self.v))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)
print(copy.copy(5), copy.copy("s"), copy.deepcopy(None), copy.copy([1, 2]), copy.copy({1, 2}) == {1, 2})
