from functools import total_ordering, singledispatch, singledispatchmethod
@total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) <= Version(1), Version(2) >= Version(1, 9), Version(1) > Version(1))
@singledispatch
def describe(x): return "object"
@describe.register
def _(x: int): return "int"
@describe.register(list)
def _(x): return "list of " + str(len(x))
@describe.register(str)
@describe.register(bytes)
def _(x): return "text-like"
print(describe(1), describe(True), describe([1, 2]), describe("s"), describe(b"b"), describe(1.5), describe(None))
class Formatter:
    @singledispatchmethod
    def fmt(self, x): return "generic"
    @fmt.register
    def _(self, x: float): return f"{x:.2f}"
print(Formatter().fmt(3.14159), Formatter().fmt("x"))
