import weakref, gc
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"K{self.n}"
keys = [K(i) for i in range(3)]
wd = weakref.WeakValueDictionary()
for k in keys:
    wd[k.n] = k
print(sorted(wd.keys()), wd[1])
del keys[1]
gc.collect()
print(sorted(wd.keys()))
wk = weakref.WeakKeyDictionary()
a, b = K(10), K(20)
wk[a] = "a"; wk[b] = "b"
del a
gc.collect()
print(list(wk.values()), len(wk))
ws = weakref.WeakSet([b])
print(len(ws), b in ws)
del b
gc.collect()
print(len(ws))
class M:
    def method(self): return "m"
m = M()
wm = weakref.WeakMethod(m.method)
print(wm()())
del m
gc.collect()
print(wm())
fin_log = []
obj = K(99)
f = weakref.finalize(obj, fin_log.append, "finalized")
print(f.alive)
del obj
gc.collect()
print(fin_log, f.alive)
