print(type(1), type("s"), type(type), type(None))
T = type("T", (object,), {"a": 1, "__doc__": "made"})
print(T.a, T.__doc__, T().a, T.__name__, T.__qualname__)
T.__name__ = "Renamed"
print(T.__name__, repr(T).endswith("T'>"))
try:
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    T.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
class WithBases: pass
WithBases.__bases__ = (T,) if False else WithBases.__bases__
print(WithBases.__bases__)
