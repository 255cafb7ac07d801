class D:
    def __dir__(self): return ["z", "a", "m"]
print(dir(D()))
class E:
    x = 1
    def __init__(self): self.y = 2
print([n for n in dir(E()) if not n.startswith("__")], [n for n in dir(E) if not n.startswith("__")])
class F:
    def __getattr__(self, n): return 5
f = F()
print(f.anything, getattr(f, "x"), hasattr(f, "__len__"))
try:
    len(f)
except TypeError as e:
    print("TypeError:", e)
