from operator import itemgetter, attrgetter, methodcaller
rows = [("b", 2, "x"), ("a", 3, "y"), ("c", 1, "z")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))("abc"))
print(list(map(itemgetter("k"), [{"k": 1}, {"k": 2}])))
class P:
    def __init__(self, name, inner=None): self.name, self.inner = name, inner
    def greet(self, greeting, punct="!"): return f"{greeting} {self.name}{punct}"
ps = [P("zed"), P("amy", P("inner-amy"))]
print([p.name for p in sorted(ps, key=attrgetter("name"))], attrgetter("inner.name")(ps[1]), attrgetter("name", "inner")(ps[0]))
print(methodcaller("greet", "hi")(ps[0]), methodcaller("greet", "yo", punct="?")(ps[1]), methodcaller("upper")("abc"))
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("m", 1, k=2)))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter("nope")(ps[0])
except AttributeError as e:
    print("AttributeError:", e)
