class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __reversed__(self): return iter(self.items[::-1])
    def __repr__(self): return f"Bag{tuple(self.items)}"
b = Bag(1, 2, 3, 4)
print(len(b), b[0], b[-1], b[1:3], 2 in b, 9 in b, list(b), list(reversed(b)), bool(b), bool(Bag()))
b[0] = 10; del b[1]
print(b, sorted(b), max(b), sum(b), [x * 2 for x in b], *b)
class Weird:
    def __len__(self): return 5
print(len(Weird()), bool(Weird()))
class BadLen:
    def __len__(self): return "5"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Bag()["x"] if False else object()[0]
except TypeError as e:
    print("TypeError:", e)
