class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
    def double(self): return MyInt(self * 2)
m = MyInt(21)
print(m, repr(m), m + 1, type(m + 1).__name__, m.double(), type(m.double()).__name__)
print(isinstance(m, int), m == 21, hash(m) == hash(21), {m: 'x'}[21], str(m), f"{m}", f"{m:05}")
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5), type(Pos(5)).__name__)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError:", e)
class B(int): pass
print(B('ff', 16), B(), type(-B(3)).__name__, type(abs(B(-3))).__name__, int(B(4)).__class__.__name__)
print(True.__class__.__mro__)
