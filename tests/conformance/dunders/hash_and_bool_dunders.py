class H:
    def __init__(self, k): self.k = k
    def __hash__(self): return self.k
    def __eq__(self, o): return isinstance(o, H) and self.k == o.k
print(hash(H(5)), hash(H(-1)), len({H(1), H(1), H(2)}), H(3) in {H(3): 1})
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class B:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(B()), "yes" if B() else "no", not B())
class OnlyLen:
    def __len__(self): return 0
print(bool(OnlyLen()), [x for x in [OnlyLen()] if x])
