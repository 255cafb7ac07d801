# WeakValueDictionary, WeakKeyDictionary and WeakSet beyond the basics: the mapping and set
# operations, copies, setdefault/pop, and entries vanishing after gc.collect().
import gc
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Item({self.n})"

    def __eq__(self, other):
        return isinstance(other, Item) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


items = [Item(i) for i in range(5)]
wv = weakref.WeakValueDictionary((i, it) for i, it in enumerate(items))
print(len(wv), sorted(wv), wv.get(2), wv.get(9, "none"), 3 in wv, 9 in wv)
print(sorted(wv.items(), key=lambda kv: kv[0])[:2], sorted(v.n for v in wv.values()))
print(wv.setdefault(1, Item(99)), wv.pop(4), len(wv))
try:
    wv[42]
except KeyError as e:
    print("KeyError:", e)
refs = wv.valuerefs()
print(len(refs), all(isinstance(r, weakref.ref) for r in refs))
copy = wv.copy()
print(type(copy).__name__, sorted(copy) == sorted(wv))
del items[0:2]
gc.collect()
print("after two deaths:", sorted(wv), sorted(copy), len(wv))
wv.update({7: items[0]})
print(sorted(wv), repr(wv).startswith("<WeakValueDictionary at 0x"))
wv.clear()
print(len(wv))

keys = [Item(i) for i in range(4)]
wk = weakref.WeakKeyDictionary({k: k.n * 10 for k in keys})
print(len(wk), wk[keys[1]], Item(2) in wk, wk.get(Item(3)), sorted(v for v in wk.values()))
print(sorted(k.n for k in wk.keyrefs() and wk.keys()))
wk[keys[0]] += 1
print(wk[keys[0]], wk.pop(keys[3]), wk.setdefault(keys[2], -1), len(wk))
try:
    wk[1] = 2
except TypeError as e:
    print("TypeError:", e)
del keys[0]
gc.collect()
print("after a death:", sorted(k.n for k in wk), len(wk))
print(sorted(wk.items(), key=lambda kv: kv[1]))

members = [Item(i) for i in range(4)]
ws = weakref.WeakSet(members[:3])
other = weakref.WeakSet(members[2:])
print(len(ws), members[0] in ws, Item(1) in ws, 5 in ws)
print(sorted(x.n for x in ws | other), sorted(x.n for x in ws & other), sorted(x.n for x in ws - other),
      sorted(x.n for x in ws ^ other))
print(ws <= weakref.WeakSet(members), ws.issuperset([members[0]]), ws.isdisjoint(other))
ws.add(members[3])
ws.discard(members[0])
ws.remove(members[1])
try:
    ws.remove(members[1])
except KeyError as e:
    print("KeyError:", type(e.args[0]).__name__)
print(sorted(x.n for x in ws), ws.pop() in members, len(ws))
ws.update(members)
del members[1:]
gc.collect()
print("after deaths:", sorted(x.n for x in ws), len(ws), len(other))
print(ws == weakref.WeakSet(members), weakref.WeakSet[int])
