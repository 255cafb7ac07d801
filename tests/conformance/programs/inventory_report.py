from dataclasses import dataclass, field
from collections import defaultdict
from functools import reduce
@dataclass(order=True)
class Item:
    category: str
    name: str
    qty: int = 0
    price: float = field(default=0.0, compare=False)
    @property
    def value(self): return round(self.qty * self.price, 2)
raw = """fruit,apple,50,0.4
fruit,banana,120,0.25
tools,hammer,5,12.5
tools,saw,2,20.0
fruit,cherry,0,3.0
misc,tape,30,1.99"""
items = [Item(c, n, int(q), float(p)) for c, n, q, p in (line.split(",") for line in raw.splitlines())]
by_cat = defaultdict(list)
for it in sorted(items):
    by_cat[it.category].append(it)
for cat, its in sorted(by_cat.items()):
    total = sum(i.value for i in its)
    print(f"{cat:<6} {len(its)} items  value {total:>8.2f}  names {', '.join(i.name for i in its)}")
print(f"{'TOTAL':<6} {reduce(lambda a, i: a + i.value, items, 0):>26.2f}")
out_of_stock = [i.name for i in items if not i.qty]
print("out of stock:", out_of_stock, "| max value:", max(items, key=lambda i: i.value).name)
print(sorted(items, key=lambda i: (-i.value, i.name))[:3])
