from functools import total_ordering
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"V{self.n}"
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == V(1), a != b, sorted([V(3), V(1), V(2)]), max(V(5), V(9)))
class OnlyLt:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
print(OnlyLt(1) < OnlyLt(2), OnlyLt(3) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
class Log:
    def __init__(self, name): self.name = name
    def __eq__(self, o):
        print("eq", self.name, o.name)
        return NotImplemented
print(Log("a") == Log("b"))
print(Log("c") != Log("d"))
