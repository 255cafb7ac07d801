class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
class O: pass
class K1(O): pass
class K2(O): pass
class K3(O): pass
class M(K1, K2): pass
class N(K2, K3): pass
class P(M, N): pass
print([k.__name__ for k in P.mro()])
