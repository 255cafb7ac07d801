class V:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        if isinstance(o, V): return V(self.n + o.n)
        return NotImplemented
    def __radd__(self, o): return V(self.n + o + 100)
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return f"rsub {o}"
    def __mul__(self, o): return f"mul {o}"
    def __rmul__(self, o): return f"rmul {o}"
    def __repr__(self): return f"V({self.n})"
class W(V):
    def __radd__(self, o): return "W.__radd__ wins (subclass)"
print(V(1) + V(2), 5 + V(1), sum([V(1), V(2)], V(0)), sum([1, 2], V(0)) if False else 3 * V(2), V(2) * 3)
print(V(1) + W(2), 10 - V(1))
try:
    V(1) - V(2)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
class E:
    def __eq__(self, o): return "eq-called"
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return "gt-reflected"
print(E() == 1, 1 == E(), E() < E(), 5 < E())
print(NotImplemented, type(NotImplemented).__name__)
