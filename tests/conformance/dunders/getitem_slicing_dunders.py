class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(self.n))]
        if key < 0:
            key += self.n
        if not 0 <= key < self.n:
            raise IndexError("Seq index out of range")
        return key * key
s = Seq(6)
print(s[2], s[-1], s[1:4], s[::2], s[::-1], list(s), 16 in s, list(reversed(s)))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
class ClassGetItem:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item!r}]"
print(ClassGetItem[int], ClassGetItem["x", 1], list[int], dict[str, int], tuple[int, ...])
class MissingDict(dict):
    def __missing__(self, key): return key.upper()
print(MissingDict(a=1)["a"], MissingDict()["zz"])
