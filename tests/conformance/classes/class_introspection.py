class Base:
    a = 1
    def m(self): pass
class Derived(Base):
    b = 2
    def n(self): pass
d = Derived()
print(Derived.__bases__, Derived.__base__, Derived.__mro__, Derived.mro())
print(issubclass(Derived, Base), issubclass(Base, Derived), issubclass(Derived, (int, Base)), isinstance(d, (int, str)))
print([c.__name__ for c in Base.__subclasses__()], "a" in dir(d), "n" in dir(Derived), "m" in Derived.__dict__)
print(vars(Derived).get("b"), type(Derived.__dict__).__name__, Derived.__dict__["b"])
try:
    Derived.__dict__["c"] = 3
except TypeError as e:
    print("TypeError:", e)
print(object.__bases__, type.__bases__, type(type), type(object), isinstance(type, object), isinstance(object, type))
try:
    issubclass(d, Base)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(d, 5)
except TypeError as e:
    print("TypeError:", e)
