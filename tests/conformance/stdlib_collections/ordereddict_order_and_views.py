# OrderedDict: moving keys, views and their reprs, iterators that notice mutation, equality,
# the | operators, copies, reduce, subclasses that reorder on assignment.
from collections import OrderedDict
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


o = OrderedDict(a=1, b=2, c=3)
o.move_to_end("a")
o.move_to_end("c", last=False)
show("moved", lambda: o)
show("as dict", lambda: dict(o))
show("keys", lambda: o.keys())
show("values", lambda: o.values())
show("items", lambda: o.items())
show("reversed", lambda: list(reversed(o)))
show("reversed items", lambda: list(reversed(o.items())))
show("reversed values", lambda: list(reversed(o.values())))
show("view names", lambda: [type(v).__name__ for v in (o.keys(), o.values(), o.items())])
show("keys set ops", lambda: sorted(o.keys() & {"a", "z"}))
show("items in", lambda: ("b", 2) in o.items())
show("popitem", lambda: o.popitem())
show("popitem first", lambda: o.popitem(last=False))
show("left", lambda: o)
show("popitem empty", lambda: OrderedDict().popitem())
show("move missing", lambda: o.move_to_end("zz"))
show("pop missing", lambda: o.pop("zz"))
show("pop default", lambda: o.pop("zz", 0))
show("setdefault", lambda: (o.setdefault("n", 5), o.setdefault("n", 6), o))
show("empty repr", lambda: OrderedDict())


def mutate(op):
    d = OrderedDict(a=1, b=2, c=3)
    it = iter(d)
    next(it)
    op(d)
    return next(it)


show("value change", lambda: mutate(lambda d: d.__setitem__("a", 9)))
show("add", lambda: mutate(lambda d: d.__setitem__("z", 9)))
show("move", lambda: mutate(lambda d: d.move_to_end("a")))
show("del+add", lambda: mutate(lambda d: (d.__delitem__("c"), d.__setitem__("z", 0))))
show("pop+add", lambda: mutate(lambda d: (d.pop("c"), d.__setitem__("c", 0))))

# Which changes stop a walk, and with which words (a clear() is only a change of size).
def rev_add():
    o = OrderedDict(a=1, b=2, c=3); out = []
    for k in reversed(o):
        out.append(k); o['z' + k] = 0
    return out
def rev_move():
    o = OrderedDict(a=1, b=2, c=3); out = []
    for k in reversed(o):
        out.append(k); o.move_to_end('a', last=False)
    return out
def vals_del():
    o = OrderedDict(a=1, b=2, c=3); out = []
    for v in o.values():
        out.append(v); o.pop('c', None)
    return out
def items_set():
    o = OrderedDict(a=1, b=2); out = []
    for k, v in o.items():
        out.append((k, v)); o['a'] = 10
    return out
def exhausted():
    o = OrderedDict(a=1); it = iter(o); next(it)
    try: next(it)
    except StopIteration: pass
    o['b'] = 2
    return list(it)
def clear_mid():
    o = OrderedDict(a=1, b=2); it = iter(o); next(it); o.clear(); return next(it)
for name in ['rev_add', 'rev_move', 'vals_del', 'items_set', 'exhausted', 'clear_mid']:
    show(name, globals()[name])


show("eq order", lambda: OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
show("ne order", lambda: OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
show("eq dict", lambda: OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
show("or", lambda: OrderedDict(a=1) | {"b": 2, "a": 0})
show("ror", lambda: {"b": 2} | OrderedDict(a=1))
x = OrderedDict(a=1)
x |= [("b", 2)]
show("ior pairs", lambda: x)
show("fromkeys", lambda: OrderedDict.fromkeys("ab", 0))
show("init pairs", lambda: OrderedDict([["k", 1], "xy"], z=0))
show("init bad pair", lambda: OrderedDict([(1, 2, 3)]))
show("init not iterable", lambda: OrderedDict([1]))
show("two args", lambda: OrderedDict({}, {}))
show("update two args", lambda: OrderedDict().update({}, {}))
show("keyword names", lambda: OrderedDict(other=1, self=2))


class Keys:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, k):
        return k * 2


show("keys() source", lambda: OrderedDict(Keys()))


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated(a=1, b=2)
lu["a"] = 3
lu.update(b=4, c=5)
show("subclass", lambda: lu)
show("subclass copy", lambda: (lu.copy(), type(copy.copy(lu)).__name__))
show("subclass or", lambda: type(lu | {}).__name__)
lu.tag = "t"
show("reduce", lambda: lu.__reduce__()[:4])
show("reduce items", lambda: list(lu.__reduce__()[4]))
show("deepcopy", lambda: (copy.deepcopy(lu), copy.deepcopy(lu).tag))
r = OrderedDict()
r["me"] = r
show("recursive", lambda: r)
show("generic", lambda: OrderedDict[str, int])
show("hashable", lambda: OrderedDict.__hash__)
