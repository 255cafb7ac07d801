# ChainMap (lookup order, errors naming the first mapping, new_child/parents, | operators,
# __missing__ in subclasses) and the UserDict/UserList/UserString wrappers.
from collections import ChainMap, UserDict, UserList, UserString, defaultdict
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


cm = ChainMap({"a": 1}, {"a": 2, "b": 3}, {"c": 4, "b": 5})
show("cm", lambda: cm)
show("iter order", lambda: list(cm))
show("len", lambda: len(cm))
show("lookup", lambda: (cm["a"], cm["b"], cm["c"], cm.get("zz"), "c" in cm))
show("missing", lambda: cm["zz"])
show("empty", lambda: (ChainMap(), bool(ChainMap({}, {}))))
show("new_child", lambda: cm.new_child())
show("new_child m kw", lambda: cm.new_child({"q": 1}, r=2).maps[0])
show("new_child kw", lambda: cm.new_child(z=1).maps[0])
show("parents", lambda: cm.parents)
show("copy", lambda: (cm.copy(), copy.copy(cm).maps[1] is cm.maps[1], cm.copy().maps[0] is cm.maps[0]))
show("fromkeys", lambda: (ChainMap.fromkeys("ab", 3), ChainMap.fromkeys("ab")))
w = cm.new_child()
w["b"] = 9
show("write front", lambda: (w["b"], w.maps[0], cm["b"]))
show("del back", lambda: w.__delitem__("a"))
show("pop back", lambda: w.pop("a"))
show("pop default", lambda: w.pop("a", "dflt"))
show("popitem empty front", lambda: ChainMap({}, {"a": 1}).popitem())
show("popitem", lambda: w.popitem())
w.clear()
show("cleared", lambda: w)
show("or", lambda: cm | {"d": 6})
show("ror", lambda: {"d": 6, "a": 0} | cm)
show("or bad", lambda: cm.__or__(5))
iw = ChainMap({}, {"k": 1})
iw |= {"k": 2}
show("ior", lambda: iw)
chain_dd = ChainMap(defaultdict(int), {"x": 1})
show("defaultdict first", lambda: (chain_dd["x"], chain_dd["new"], chain_dd.maps[0]))


class Defaulting(ChainMap):
    def __missing__(self, key):
        return "miss:" + key


show("subclass missing", lambda: (Defaulting()["q"], Defaulting().get("q")))
r = ChainMap()
r["self"] = r
show("recursive", lambda: r)

u = UserDict({"a": 1}, b=2)
show("userdict", lambda: (u, u.data, len(u), list(u)))
show("missing", lambda: u["zz"])
show("dict kw", lambda: UserDict(dict={"x": 1}))
show("or", lambda: (u | {"c": 1}, {"c": 1} | u, u | UserDict(d=4)))
show("or bad", lambda: u.__or__(5))
show("copy", lambda: (u.copy(), type(copy.copy(u)).__name__, UserDict.fromkeys("ab")))


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return len(key)


lo = Lower(A=1)
lo.note = "n"
show("subclass", lambda: (lo, lo["xyz"], lo.get("xyz"), "xyz" in lo))
show("subclass copy", lambda: (lo.copy(), type(lo.copy()).__name__, vars(lo.copy())))
show("two args", lambda: UserDict({}, {}))

ul = UserList([3, 1, 2])
show("userlist", lambda: (ul, ul[0], ul[0:2], type(ul[0:2]).__name__, ul[-1]))
show("add", lambda: (ul + [4], ul + (4,), ul + UserList([5])))
show("mul", lambda: (ul * 2, 2 * ul))
show("compare", lambda: (ul < [4], ul == UserList([3, 1, 2]), ul == [3, 1, 2], ul > UserList([3])))
show("index", lambda: (ul.index(2), ul.count(1), 3 in ul))
show("index missing", lambda: ul.index(9))
show("pop out", lambda: ul.pop(10))
show("from str", lambda: UserList("ab"))
show("not iterable", lambda: UserList(5))
ul2 = UserList([1])
ul2 += (2,)
ul2 *= 2
ul2.extend(UserList([7]))
ul2.sort(reverse=True)
show("mutated", lambda: (ul2, ul2.copy(), type(copy.copy(ul2)).__name__))
show("hash", lambda: hash(ul2))

s = UserString("Hello")
show("userstring", lambda: (s, str(s), len(s), s[1:3], type(s[1]).__name__))
show("add", lambda: (s + "x", s + UserString("y"), s + 5))
show("mul mod", lambda: (s * 2, UserString("%s!") % "a", "<%s>" % UserString("a")))
show("methods", lambda: (s.upper(), s.center(9, "*"), s.zfill(8), s.replace(UserString("l"), "L")))
show("type kept", lambda: [type(v).__name__ for v in (s.upper(), s.strip(), s.join("ab"))])
show("plain results", lambda: (s.split("l"), s.partition("l"), s.find("l"), s.count(UserString("l"))))
show("encode", lambda: (s.encode(), s.encode(None, None)))
show("compare", lambda: (s == "Hello", s < "Z", hash(s) == hash("Hello"), "ll" in s, UserString("l") in s))
show("convert", lambda: (int(UserString("12")), float(UserString("1.5")), s.__getnewargs__()))
show("removeprefix", lambda: s.removeprefix(UserString("He")))
show("index wrapper", lambda: s.index(UserString("l")))
show("startswith wrapper", lambda: s.startswith(UserString("H")))
show("format", lambda: (UserString("a{x}b").format(x=1), UserString("a{x}b").format_map({"x": 2})))
show("maketrans", lambda: s.translate(UserString.maketrans("l", "L")))
show("from int", lambda: UserString(5))
