for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
    else:
        print("inner else", i)
for x in []:
    print("never")
else:
    print("else on empty")
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
for i, (a, *rest) in enumerate([(1, 2, 3), (4,)]):
    print(i, a, rest)
d = {}
for d["key"] in range(3):
    pass
print(d)
for i in range(3):
    pass
print("loop var survives", i)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print([x for x in It()], list(It()))
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
