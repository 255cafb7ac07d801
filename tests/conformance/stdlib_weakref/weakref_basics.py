import weakref, gc
class Obj:
    def __init__(self, name): self.name = name
o = Obj("a")
r = weakref.ref(o)
print(r() is o, r().name, weakref.getweakrefcount(o), type(r).__name__)
del o
gc.collect()
print(r())
callbacks = []
o2 = Obj("b")
r2 = weakref.ref(o2, lambda ref: callbacks.append("collected"))
del o2
gc.collect()
print(callbacks, r2() is None)
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
o3 = Obj("c")
p = weakref.proxy(o3)
print(p.name)
del o3
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
