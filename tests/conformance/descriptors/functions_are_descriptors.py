def f(self, x): return (type(self).__name__, x)
class C: pass
c = C()
bound = f.__get__(c, C)
print(bound(1), type(bound).__name__, bound.__self__ is c)
print(f.__get__(None, C) is f)
C.m = f
print(c.m(2))
sm = staticmethod(lambda: "static")
cm = classmethod(lambda cls: cls.__name__)
C.sm, C.cm = sm, cm
print(c.sm(), C.sm(), c.cm(), C.cm(), sm.__func__(), cm.__func__(C))
import types
bm = types.MethodType(f, "a string")
print(bm(3))
