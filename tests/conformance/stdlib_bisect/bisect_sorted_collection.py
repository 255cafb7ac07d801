import bisect
class SortedList:
    def __init__(self, it=()): self.items = sorted(it)
    def add(self, x): bisect.insort(self.items, x)
    def remove(self, x):
        i = bisect.bisect_left(self.items, x)
        if i == len(self.items) or self.items[i] != x: raise ValueError(f"{x} not in list")
        del self.items[i]
    def count_range(self, lo, hi): return bisect.bisect_right(self.items, hi) - bisect.bisect_left(self.items, lo)
    def __repr__(self): return f"SortedList({self.items})"
s = SortedList([5, 1, 9])
for v in [3, 7, 1, 10]:
    s.add(v)
print(s, s.count_range(1, 5), s.count_range(6, 100), s.count_range(20, 30))
s.remove(1)
try:
    s.remove(4)
except ValueError as e:
    print("ValueError:", e)
print(s, bisect.bisect(["apple", "banana", "cherry"], "blueberry"), bisect.bisect_left([1.0, 2.0, 3.0], 2))
