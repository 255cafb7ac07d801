class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S()
print(s.a, hasattr(s, "__dict__"), S.__slots__)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
s.b = 2
del s.a
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)
class T(S):
    pass
t = T(); t.c = 3
print(t.c, t.__dict__)
class U(S):
    __slots__ = ("c",)
u = U(); u.c = 4; u.a = 5
print(u.c, u.a, hasattr(u, "__dict__"))
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict(); w.x = 1; w.y = 2
print(w.x, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
