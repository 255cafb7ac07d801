import copy
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p = copy.copy(Point(1, 2))
print(p.x, p.y)
class WithState:
    def __init__(self): self.a, self.secret = 1, "s"
    def __getstate__(self): return {"a": self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
w = copy.deepcopy(WithState())
print(vars(w))
import functools
fn = copy.deepcopy(functools.partial(int, base=2))
print(fn("101"), copy.copy(len) is len, copy.deepcopy(type) is type)
