class Plain: pass
r = repr(Plain())
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"))
print(repr(Plain), str(Plain), repr(int), repr(type), repr(object))
class Nested:
    class Inner: pass
print(repr(Nested.Inner), Nested.Inner.__qualname__)
def f():
    class Local: pass
    return Local
print(repr(f()), f().__qualname__)
class WithStr:
    def __str__(self): return "custom str"
w = WithStr()
print(str(w), repr(w).startswith("<__main__.WithStr object"), f"{w}", "%s" % w)
