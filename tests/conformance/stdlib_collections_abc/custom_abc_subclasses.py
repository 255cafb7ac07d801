from collections.abc import Mapping, MutableSequence, Set, Iterator, Sequence
class Squares(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), s[2], 9 in s, s.index(16), s.count(4), list(reversed(s)), isinstance(s, Sequence))
class Frozen(Mapping):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
f = Frozen({"a": 1, "b": 2})
print(f["a"], f.get("z", 0), list(f.keys()), list(f.items()), "a" in f, f == {"a": 1, "b": 2}, dict(f))
class Bits(Set):
    def __init__(self, it): self.items = sorted(set(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= Bits([1, 2, 3, 4]), a.isdisjoint([9]))
class Counter3(Iterator):
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Counter3()), iter(Counter3()).__class__.__name__)
class Incomplete(MutableSequence):
    pass
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
