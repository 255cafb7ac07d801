# __bases__ assignment (type_set_bases): the MROs of the class and its subclasses follow; layout rules.
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
class D(C): pass
c, d = C(), D()
print(c.f(), d.f(), D.__mro__)
C.__bases__ = (B,)
print(c.f(), d.f(), D.__mro__, A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(c.f(), D.__mro__)
for bad in [lambda: setattr(C, "__bases__", ()), lambda: setattr(C, "__bases__", [A]), lambda: setattr(C, "__bases__", (5,)), lambda: setattr(A, "__bases__", (D,)),
            lambda: setattr(int, "__bases__", (object,)), lambda: delattr(C, "__bases__"), lambda: setattr(C, "__bases__", (int,)), lambda: setattr(C, "__bases__", (A, A)),
            lambda: setattr(C, "__bases__", (object, A))]:
    try:
        bad(); print("ok", C.__mro__)
    except TypeError as e:
        print("TypeError:", e)
class S:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
class T(S): pass
try:
    T.__bases__ = (S2,)
except TypeError as e:
    print("TypeError:", e)
