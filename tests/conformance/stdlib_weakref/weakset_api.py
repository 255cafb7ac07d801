# WeakSet: the whole set API (operators with other WeakSets and with plain iterables, in-place
# forms, comparisons, copies), its repr, pickling support and errors. Deaths are observed after
# gc.collect() only.
import copy
import gc
import re
import weakref
from collections.abc import MutableSet, Set


def shape(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"


def ns(s):
    return sorted(o.n for o in s)


o = [Obj(i) for i in range(6)]
a = weakref.WeakSet(o[:4])
b = weakref.WeakSet(o[2:])
print(type(a).__module__, type(a).__qualname__, isinstance(a, MutableSet), issubclass(weakref.WeakSet, Set))
print(shape(repr(weakref.WeakSet([o[0]]))), repr(weakref.WeakSet()), len(a), bool(weakref.WeakSet()))
print(ns(a | b), ns(a & b), ns(a - b), ns(a ^ b))
print(ns(a.union(o[5:])), ns(a.intersection([o[0], 1, "x"])), ns(a.difference(o[:1])), ns(a.symmetric_difference(o[3:5])))
print(type(a | b).__name__, a | b is not a, ns(a), ns(b))
print(a <= weakref.WeakSet(o), a < weakref.WeakSet(o), a < a, a <= a, a >= a, a > weakref.WeakSet(o[:1]))
print(a.issubset(o), a.issuperset(o[:2]), a.isdisjoint(o[4:]), a.isdisjoint(b))
print(a == weakref.WeakSet(o[:4]), a != b, a == set(o[:4]), a.__eq__(set(o[:4])), a <= set(o), set(o) >= a)
for expression in ("a | [1]", "a - [1]", "a ^ [1]", "a <= [1]", "a < [1]", "set() | a", "a + a", "hash(a)",
                   "a.add(1)", "a.remove(1)", "a.discard(1)", "a.remove(o[5])", "weakref.WeakSet().pop()",
                   "weakref.WeakSet(3)", "a.update(o, o)", "a.issubset()"):
    try:
        print(expression, "->", shape(repr(eval(expression))))
    except (TypeError, KeyError) as e:
        print(expression, "->", type(e).__name__ + ":", shape(str(e)))
print(1 in a, [] in a, o[0] in a, Obj(0) in a)

c = weakref.WeakSet(o[:3])
c |= o[3:4]
print(ns(c))
c -= [o[0]]
print(ns(c))
c &= o[1:3]
print(ns(c))
c ^= o[2:4]
print(ns(c))
for method in ("difference_update", "intersection_update", "symmetric_difference_update", "__isub__", "__ixor__"):
    d = weakref.WeakSet(o)
    result = getattr(d, method)(d)
    print(method, ns(d), result is d if result is not None else None)
try:
    c &= [1]
except TypeError as e:
    print("TypeError:", e)
c.add(o[0])
c.add(o[0])
c.discard(o[5])
c.remove(o[0])
popped = c.pop()
print(popped in o, len(c))
c.clear()
print(len(c), list(c))


class MySet(weakref.WeakSet):
    pass


m = MySet(o[:2])
print(type(m.copy()).__name__, type(copy.copy(m)).__name__, type(m | o).__name__, type(m & o).__name__,
      type(m - o).__name__, type(m ^ o).__name__, m == weakref.WeakSet(o[:2]), weakref.WeakSet(o[:2]) == m)
reduced = m.__reduce__()
print(reduced[0] is MySet, ns(reduced[1][0]), len(reduced))
print(weakref.WeakSet[Obj], MySet[int])

e = weakref.WeakSet(o)
f = e.copy()
del o[1:5], popped
gc.collect()
print("after deaths:", ns(e), ns(f), len(e), len(f), ns(e | f), ns(e & b))
