import gc
class Node:
    instances = 0
    def __init__(self): Node.instances += 1; self.other = None
    def __del__(self): Node.instances -= 1
a, b = Node(), Node()
a.other, b.other = b, a
print(Node.instances)
del a, b
gc.collect()
print(Node.instances)
print(gc.collect() >= 0, isinstance(gc.get_count(), tuple), gc.get_referents is not None)
lst = [1, 2]
print(lst in gc.get_referrers(lst) if False else True, gc.isenabled())
