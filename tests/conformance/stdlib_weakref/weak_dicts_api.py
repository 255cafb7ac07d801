# WeakValueDictionary and WeakKeyDictionary: the whole mapping API (copies, the | operators,
# popitem, update's forms, KeyedRef entries, keyrefs), their reprs and their errors. Deaths are
# observed after gc.collect() only.
import copy
import gc
import re
import weakref
from collections.abc import MutableMapping


def shape(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"


objs = [Obj(i) for i in range(6)]

print("-- WeakValueDictionary")
wv = weakref.WeakValueDictionary({"a": objs[0]}, b=objs[1])
wv.update([("c", objs[2])], d=objs[3])
wv.update(None)
print(shape(repr(wv)), isinstance(wv, MutableMapping), len(wv), dict(wv))
print(type(wv.keys()).__name__, list(wv.keys()), list(wv.values()), list(wv.items()))
refs = wv.valuerefs()
print([type(r).__name__ for r in refs], [r.key for r in refs], [r() for r in wv.itervaluerefs()])
print(wv.pop("d"), wv.pop("d", "default"), wv.get("zz"), wv.get("zz", 0), "a" in wv, "zz" in wv)
print(wv.setdefault("a", objs[5]), wv.setdefault("e", objs[4]), sorted(wv))
print(wv == {"a": objs[0], "b": objs[1], "c": objs[2], "e": objs[4]}, wv != {})
merged = wv | {"f": objs[5]}
print(type(merged).__name__, sorted(merged), sorted(wv))
print(type({"z": objs[5]} | wv).__name__, sorted({"z": objs[5]} | wv))
same = wv
same |= [("g", objs[5])]
print(same is wv, sorted(wv))
print(sorted(copy.copy(wv).items(), key=lambda kv: kv[0]) == sorted(wv.items(), key=lambda kv: kv[0]))
deep = copy.deepcopy(weakref.WeakValueDictionary({(1, 2): objs[0]}))
print(list(deep.items()), deep[(1, 2)] is objs[0])
key, value = wv.popitem()
print(key in wv, value in objs)
for attempt in (lambda: wv["missing"], lambda: wv.pop("missing"), lambda: weakref.WeakValueDictionary().popitem(),
                lambda: weakref.WeakValueDictionary({1: 2}), lambda: weakref.WeakValueDictionary(5),
                lambda: weakref.WeakValueDictionary({}, {}), lambda: wv.setdefault("new"),
                lambda: wv | [("x", objs[0])], lambda: wv[[]], lambda: [] in wv):
    try:
        print("no error:", attempt())
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class MyValues(weakref.WeakValueDictionary):
    pass


mine = MyValues(one=objs[1])
print(shape(repr(mine)), type(mine.copy()).__name__, type(copy.copy(mine)).__name__, type(copy.deepcopy(mine)).__name__,
      type(mine | {}).__name__, type({} | mine).__name__)

kr = weakref.KeyedRef(objs[0], None, "k")
print(type(kr).__mro__[1] is weakref.ref, kr.key, kr() is objs[0], weakref.KeyedRef.__slots__)
try:
    weakref.KeyedRef(objs[0], None)
except TypeError as e:
    print("TypeError:", e)

kept = {k: wv[k] for k in wv}
del objs[:3]
del value, refs, merged, same, key
gc.collect()
print("after deaths:", sorted(wv), sorted(kept) == sorted(wv))

print("-- WeakKeyDictionary")
keys = [Obj(i) for i in range(5)]
wk = weakref.WeakKeyDictionary({keys[0]: "zero"})
wk.update([(keys[1], "one")])
wk.update({keys[2]: "two"})
print(shape(repr(wk)), isinstance(wk, MutableMapping), len(wk), list(wk.items()))
print(type(wk.items()).__name__, list(wk), list(wk.values()), [type(r).__name__ for r in wk.keyrefs()])
print(wk.get(keys[0]), wk.get(keys[4]), wk.get(keys[4], "none"), keys[1] in wk, keys[4] in wk, 1 in wk)
print(wk.setdefault(keys[0], "other"), wk.setdefault(keys[3]), wk.pop(keys[3]), wk.pop(keys[3], "gone"))
print(wk == {keys[0]: "zero", keys[1]: "one", keys[2]: "two"})
print(type(wk | {keys[4]: "four"}).__name__, list((wk | {keys[4]: "four"}).values()))
print(type({keys[4]: "four"} | wk).__name__, list(({keys[4]: "four"} | wk).values()))
same = wk
same |= [(keys[4], "four")]
print(same is wk, list(wk.values()))
deep = copy.deepcopy(weakref.WeakKeyDictionary({keys[0]: [1, 2]}))
print(list(deep.items()), deep[keys[0]] == [1, 2], deep[keys[0]] is not wk.get(keys[0]))
print(list(copy.copy(wk).items()) == list(wk.items()))
k, v = wk.popitem()
print(k in keys, k in wk, v)
stranger = Obj(9)   # alive while the KeyError's weakref to it is printed
for attempt in (lambda: wk[stranger], lambda: wk.pop(stranger), lambda: weakref.WeakKeyDictionary().popitem(),
                lambda: wk[1], lambda: wk.get(1), lambda: wk.update(x=1), lambda: weakref.WeakKeyDictionary(5),
                lambda: weakref.WeakKeyDictionary(a=1), lambda: wk.pop(keys[0], 1, 2), lambda: wk | 1):
    try:
        print("no error:", attempt())
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", shape(str(e)))


class MyKeys(weakref.WeakKeyDictionary):
    pass


mine = MyKeys({keys[0]: 0})
print(shape(repr(mine)), type(mine.copy()).__name__, type(copy.copy(mine)).__name__, type(copy.deepcopy(mine)).__name__,
      type(mine | {}).__name__, type({} | mine).__name__)

refs = wk.keyrefs()
del keys[:2], k, same
gc.collect()
print("after deaths:", list(wk.values()), len(wk), sorted(r() is None for r in refs))
print(weakref.WeakValueDictionary[str, int], weakref.WeakKeyDictionary[int, str])
