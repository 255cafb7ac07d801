# weakref.ref in detail: sharing, callbacks and their order, hashing, equality, subclasses,
# which objects may be weakly referenced. Deaths are observed after gc.collect() only.
import gc
import re
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"


def shape(text):
    """A repr with its addresses masked."""
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


o = Obj("a")
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print("shared basic ref:", r1 is r2, r1() is o, r1.__callback__)
log = []
rc = [weakref.ref(o, lambda w, i=i: log.append(i)) for i in range(3)]
print("with callbacks are distinct:", rc[0] is not rc[1], rc[0] is not r1)
print("count:", weakref.getweakrefcount(o), "order:", weakref.getweakrefs(o) == [r1] + rc[::-1])
print("o.__weakref__ is the first:", o.__weakref__ is r1)
print(shape(repr(r1)))
print("hash:", hash(r1) == hash(o), "eq:", r1 == rc[0], r1 != rc[0])
try:
    r1 < rc[0]
except TypeError as e:
    print("TypeError:", e)
h = hash(rc[1])
del o
gc.collect()
print("callbacks newest first:", log)
print("dead:", r1(), rc[0]() is None, shape(repr(r1)))
print("hash kept after death:", hash(rc[1]) == h)
try:
    hash(rc[2])
except TypeError as e:
    print("TypeError:", e)
print("dead refs equal only to themselves:", r1 == r1, r1 == rc[0])
print("callback cleared after the call:", rc[0].__callback__)


def named():
    pass


print(shape(repr(weakref.ref(named))), shape(repr(weakref.ref(Obj))))


class KeyedRef(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


target = Obj("k")
kr = KeyedRef(target, None, "the key")
print("subclass:", type(kr).__name__, kr.key, kr() is target, isinstance(kr, weakref.ref))
print("a subclass instance is never shared:", KeyedRef(target, None, 1) is not kr, weakref.ref(target) is not kr)
print(weakref.ref[int], weakref.ReferenceType is weakref.ref)

try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(target, None, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(target, callback=None)
except TypeError as e:
    print("TypeError:", e)
try:
    r1(1)
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class FromSlotted(Slotted):
    pass


class IntSub(int):
    pass


class ListSub(list):
    pass


class Err(Exception):
    pass


for thing in [1, 2.5, "s", b"b", (1,), [1], {1: 2}, None, True, object(), Slotted(), SlottedWeak(),
              FromSlotted(), IntSub(3), ListSub(), Err(), ValueError(), {1}, frozenset(), named, len,
              Obj, weakref.ref(target), range(2), iter([])]:
    try:
        weakref.ref(thing)
        print(type(thing).__name__, "ok")
    except TypeError as e:
        print(type(thing).__name__, "TypeError:", e)
print("__weakref__ in the class that adds it:", "__weakref__" in vars(Obj), "__weakref__" in vars(FromSlotted),
      "__weakref__" in vars(Slotted), "__weakref__" in vars(SlottedWeak))
print(vars(Obj)["__weakref__"])
print("no weakref yet:", Obj("z").__weakref__)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
