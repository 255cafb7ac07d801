class P:
    def __init__(self, x): self.x = x
a, b = P(1), P(1)
print(a == b, a == a, a != b, hash(a) == hash(a))
class Q:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, Q) and self.x == o.x
print(Q(1) == Q(1), Q(1) != Q(1), Q(1) != Q(2), Q.__hash__)
try:
    {Q(1)}
except TypeError as e:
    print("TypeError:", e)
class R(Q):
    def __hash__(self): return hash(self.x)
print(len({R(1), R(1), R(2)}), R(1) in {R(1)})
class NE:
    def __eq__(self, o): return True
    def __ne__(self, o): return "custom ne"
print(NE() != 1, NE() == 1)
