from collections import OrderedDict
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)
    def __repr__(self): return f"LRU({list(self.data.items())})"
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c.get("a"), c.get("z"))
c.put("d", "D")
c.put("b", "B2")
c.put("e", "E")
print(c, c.hits, c.misses)
class Node:
    __slots__ = ("key", "prev", "next")
    def __init__(self, key): self.key, self.prev, self.next = key, None, None
head = Node("head"); tail = Node("tail")
head.next, tail.prev = tail, head
def push_front(n):
    n.next, n.prev = head.next, head
    head.next.prev = n
    head.next = n
for k in range(4):
    push_front(Node(k))
out, cur = [], head.next
while cur is not tail:
    out.append(cur.key); cur = cur.next
print(out)
