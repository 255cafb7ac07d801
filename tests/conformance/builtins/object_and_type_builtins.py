o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__name__, type(o).__name__, o == o, o != object(), bool(o), hasattr(o, "__dict__"))
print(object() .__eq__(5), object().__ne__(5) is NotImplemented, object.__subclasshook__() is NotImplemented)
print(str(object.__init__.__name__), object.__new__.__name__, object().__sizeof__() > 0)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
import types
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="two", c=[3]), sorted(vars(ns)))
