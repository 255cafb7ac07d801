def add_greet(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls
@add_greet
class A: pass
print(A().greet())
B = type("B", (A,), {"x": 5, "m": lambda self: self.x * 2})
print(B.__name__, B().m(), B().greet(), B.__bases__[0].__name__, B.__mro__)
C = type("C", (), {})
print(C.__name__, C.__bases__, type(C))
def method(self): return "dynamic"
A.dyn = method
print(A().dyn(), B().dyn())
try:
    type("D", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("E")
except TypeError as e:
    print("TypeError:", e)
print(type(5), type("x", (), {}).__module__)
