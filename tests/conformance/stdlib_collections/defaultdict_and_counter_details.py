# defaultdict (factory checks, reprs incl. recursion, copies, | operators) and Counter
# (multiset arithmetic, in-place forms, comparisons, most_common, elements, update/subtract).
from collections import Counter, defaultdict
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


dd = defaultdict(list)
dd["x"].append(1)
show("dd", lambda: dd)
show("dd get", lambda: (dd.get("nope"), "nope" in dd))
show("no factory", lambda: defaultdict()["q"])
show("bad factory", lambda: defaultdict(5))
show("bad factory first", lambda: defaultdict(1, 2, 3))
show("kw", lambda: defaultdict(None, a=1))
show("kw named factory", lambda: defaultdict(default_factory=list))
show("dict args", lambda: defaultdict(int, [("a", 1)], b=2))
show("missing", lambda: defaultdict(int).__missing__("k"))
show("eq dict", lambda: defaultdict(int, a=1) == {"a": 1})
show("copy", lambda: (dd.copy(), copy.copy(dd)["x"] is dd["x"]))
show("deepcopy", lambda: copy.deepcopy(dd)["x"] is dd["x"])
show("reduce", lambda: dd.__reduce__()[:4])
show("reduce none", lambda: defaultdict().__reduce__()[:4])
show("or", lambda: defaultdict(list, a=1) | {"b": 2})
show("ror", lambda: {"b": 2} | defaultdict(list, a=1))
show("or bad", lambda: defaultdict(list).__or__(5))
w = defaultdict(int)
w.default_factory = 5
show("uncallable later", lambda: w["r"])
me = defaultdict(None)
me.default_factory = me
show("recursive factory", lambda: me)
me2 = defaultdict(list)
me2["self"] = me2
show("recursive value", lambda: me2)


class DD(defaultdict):
    pass


show("subclass", lambda: (DD(int, a=1), DD(int, a=1).copy(), type(DD(int) | {}).__name__))
show("generic", lambda: defaultdict[str, int])

c = Counter("abracadabra")
show("counter", lambda: c)
show("most_common", lambda: (c.most_common(2), c.most_common(0), c.most_common(-3)))
show("most_common float", lambda: c.most_common(1.5))
show("elements", lambda: "".join(Counter(a=2, b=0, c=-1, d=1).elements()))
show("elements float", lambda: list(Counter(a=2.5).elements()))
show("total", lambda: c.total())
show("missing", lambda: c["zz"])
show("fromkeys", lambda: Counter.fromkeys("ab"))
show("two positional", lambda: Counter("ab", "cd"))
show("kw names", lambda: Counter(iterable=3, self=1))
show("unorderable", lambda: Counter(a="x", b=1))
show("str counts", lambda: Counter(a="x", b="y"))
show("add", lambda: Counter(a=1) + Counter(b=2, a=-3))
show("sub", lambda: Counter(a=3, b=1) - Counter(a=1, c=-2))
show("or", lambda: Counter(a=3, b=1) | Counter(a=1, c=2, d=-1))
show("and", lambda: Counter(a=3, b=1) & Counter(a=1, c=2))
show("pos neg", lambda: (+Counter(a=1, b=0, c=-1), -Counter(a=1, b=0, c=-1)))
show("add dict", lambda: Counter(a=1) + {"a": 1})
x = Counter(a=1, b=2); x += Counter(b=-3, c=1); show("iadd", lambda: x)
x = Counter(a=1, b=2); x -= Counter(b=1, c=-1); show("isub", lambda: x)
x = Counter(a=1, b=2); x |= Counter(b=1, c=3, a=-1); show("ior", lambda: x)
x = Counter(a=1, b=2, e=-1); x &= Counter(b=1, c=3); show("iand", lambda: x)
x = Counter(a=1); x += {"b": 1}; show("iadd dict", lambda: x)
show("eq zero", lambda: Counter(a=1) == Counter(a=1, b=0))
show("eq dict", lambda: Counter(a=1) == {"a": 1})
show("le lt", lambda: (Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1)))
show("ge gt", lambda: (Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2, b=0)))
show("lt dict", lambda: Counter(a=1) < {"a": 2})
y = Counter(a=1)
del y["zz"]
y.update("aab", b=4)
show("update", lambda: y)
y.update({"a": 5, "c": 1})
show("update mapping", lambda: y)
y.subtract("aab", c=1)
show("subtract", lambda: y)
y.subtract({"a": 10})
show("subtract mapping", lambda: y)
show("update 2 args", lambda: Counter().update(1, 2))
show("reduce", lambda: Counter(a=1).__reduce__())


class C(Counter):
    pass


show("subclass", lambda: (C("ab"), C(a=1).copy(), C(a=1) + C(b=1)))
