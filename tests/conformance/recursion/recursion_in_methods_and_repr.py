class Node:
    def __init__(self): self.child = self
    def __repr__(self): return "Node(" + repr(self.child) + ")"
try:
    repr(Node())
except RecursionError as e:
    print("RecursionError:", e)
class Deep:
    def __getattr__(self, name): return getattr(self, "x" + name)
try:
    Deep().a
except RecursionError as e:
    print("RecursionError:", e)
nested = []
for _ in range(100):
    nested = [nested]
print(str(nested).count("["))
def gen_rec(n):
    yield n
    if n:
        yield from gen_rec(n - 1)
print(sum(gen_rec(500)))
import copy
deep = {}
cur = deep
for i in range(200):
    cur["k"] = {}
    cur = cur["k"]
print(len(str(copy.deepcopy(deep))))
