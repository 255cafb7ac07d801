class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"P({self.x!r})"
    def __str__(self): return f"<P {self.x}>"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        return f"P:{spec}:{self.x}"
p = P("v")
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:custom}", f"{p!r:>12}", f"{p=}")
print(format(p, "zz"), "{0} {0!r} {0:fmt}".format(p))
class NoFormat:
    def __repr__(self): return "NF"
try:
    f"{NoFormat():x}"
except TypeError as e:
    print("TypeError:", e)
print(f"{NoFormat()}", f"{NoFormat()!s:>4}")
