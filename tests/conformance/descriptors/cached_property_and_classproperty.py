from functools import cached_property
class Data:
    def __init__(self, n): self.n = n; self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.computed, "total" in d.__dict__)
del d.total
print(d.total, d.computed)
d.total = 5
print(d.total)
class Demo:
    @cached_property
    def x(self): return 1
print(type(Demo.x).__name__, Demo.x.attrname)
