class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(Counter.count)
a, b = Counter(), Counter()
print(Counter.count, a.count, b.items, a.items is b.items)
class Safe:
    def __init__(self):
        self.items = []
s1, s2 = Safe(), Safe()
s1.items.append(1)
print(s1.items, s2.items)
class C:
    x = 1
    y = x + 1
    z = [x * i for i in range(3)] if False else None
    def m(self): return self.x
print(C.y, C().m(), C.z)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
try:
    C().nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    C.nope
except AttributeError as e:
    print("AttributeError:", e)
