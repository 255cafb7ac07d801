from collections import defaultdict, OrderedDict
dd = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[w[0]].append(w)
print(dd, dict(dd), dd["z"], len(dd))
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(sorted(di.items()), di.default_factory)
dn = defaultdict()
try:
    dn["x"]
except KeyError as e:
    print("KeyError:", e)
od = OrderedDict([("b", 2), ("a", 1)])
od["c"] = 3
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
