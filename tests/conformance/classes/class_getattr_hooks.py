class Dyn:
    def __init__(self): self.real = "real"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.real, d.auto_hello, getattr(d, "auto_x"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
class Every:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
e = Every(); e.v = 1
print(e.secret, e.v)
class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private " + name)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
g = Guard(); g.name = "x"
print(g.name)
try:
    g._hidden = 1
except AttributeError as e:
    print("AttributeError:", e)
del g.name
print(hasattr(g, "name"), dir(g) == sorted(dir(g)), "name" not in dir(g))
