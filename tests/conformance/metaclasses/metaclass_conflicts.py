class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1, M2): pass
class D(A, B, metaclass=M3): pass
print(type(D).__name__)
class E(A): pass
print(type(E).__name__)
def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class F(metaclass=func_meta): pass
print(F.made_by, type(F).__name__)
