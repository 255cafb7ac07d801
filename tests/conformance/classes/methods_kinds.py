class K:
    total = 0
    def __init__(self, v): self.v = v
    def inst(self): return ("inst", self.v)
    @classmethod
    def make(cls, v): return cls(v * 10)
    @staticmethod
    def util(a, b): return a + b
    @classmethod
    def bump(cls):
        cls.total += 1
        return cls.total
class Sub(K): pass
k = K(1)
print(k.inst(), K.inst(k), K.make(2).v, k.make(3).v, type(Sub.make(1)).__name__, K.util(1, 2), k.util(3, 4))
print(K.bump(), Sub.bump(), Sub.bump(), K.total, Sub.total)
bound = k.inst
print(bound(), bound.__self__ is k, bound.__func__ is K.inst, bound == k.inst, bound is k.inst)
print(type(K.__dict__["make"]).__name__, type(K.__dict__["util"]).__name__, type(K.make).__name__, type(K.util).__name__)
