class A:
    shared = []
    def __init__(self): self.own = []
class B(A): pass
a, b = A(), B()
a.shared.append(1); b.own.append(2)
print(A.shared, B.shared, a.own, b.own)
B.shared = ["b-only"]
print(A.shared, B.shared)
class C:
    def method(self): return "C"
class D(C):
    method = None
try:
    D().method()
except TypeError as e:
    print("TypeError:", e)
print(D.__mro__[1].method(D()))
print(object in B.__mro__, B.__bases__, A.__subclasses__()[0].__name__)
