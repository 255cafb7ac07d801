class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v)
    def __rmatmul__(self, o): return M(o * self.v + 1000)
    def __imatmul__(self, o): self.v = -1; return self
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __repr__(self): return f"M({self.v})"
print(M(3) @ M(4), 2 @ M(5), -M(1), +M(1), ~M(1), abs(M(1)))
m = M(9); m @= M(2); print(m)
try:
    1 @ 2
except TypeError as e:
    print("TypeError:", e)
try:
    -"s"
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
