# weakref.proxy: everything goes to the referent while it lives, ReferenceError after.
import gc
import operator
import re
import weakref


def shape(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __contains__(self, x):
        return x in self.xs

    def __iter__(self):
        return iter(self.xs)

    def __add__(self, other):
        return Vec(*(self.xs + list(other)))

    def __radd__(self, other):
        return Vec(*(list(other) + self.xs))

    def __neg__(self):
        return Vec(*(-x for x in self.xs))

    def __lt__(self, other):
        return len(self) < len(other)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    __hash__ = None

    def __index__(self):
        return len(self.xs)

    def __bool__(self):
        return bool(self.xs)

    def total(self):
        return sum(self.xs)


v = Vec(1, 2, 3)
p = weakref.proxy(v)
print(type(p).__name__, weakref.proxy(v) is p, shape(repr(p)), str(p))
print(len(p), p[0], 2 in p, list(p), p.total(), p.xs)
print(p + [4], [0] + p, -p, p < Vec(1, 2, 3, 4), p == v, p == Vec(1, 2, 3), bool(p))
print(operator.index(p), ["a", "b", "c", "d"][p], isinstance(p, Vec), p.__class__.__name__)
p[0] = 10
del p[1]
p.extra = "set through the proxy"
print(v, v.extra)
del p.extra
print(hasattr(v, "extra"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p()
except TypeError as e:
    print("TypeError:", e)
try:
    next(p)
except TypeError as e:
    print("TypeError:", e)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self.n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= 3:
            raise StopIteration
        return self(1)


c = Counter()
cp = weakref.proxy(c)
print(type(cp).__name__, callable(cp), callable(p), cp(), cp(step=5), list(cp) if False else "")
c.n = 0
print(next(cp), list(cp))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(weakref.getweakrefcount(v), weakref.getweakrefs(v) == [p])
dead_log = []
q = weakref.proxy(Vec(9), dead_log.append)
gc.collect()
print("callback got the proxy:", len(dead_log) == 1 and dead_log[0] is q)
del v
gc.collect()
for attempt in (lambda: p.xs, lambda: len(p), lambda: str(p), lambda: p + [1], lambda: bool(p),
                lambda: p[0], lambda: 1 in p, lambda: p == 1):
    try:
        attempt()
        print("still alive?")
    except ReferenceError as e:
        print("ReferenceError:", e)
print(shape(repr(p)))
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy()
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(weakref.ProxyType):
        pass
except TypeError as e:
    print("TypeError:", e)
