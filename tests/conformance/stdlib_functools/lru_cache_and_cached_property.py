# lru_cache: eviction order, statistics, which calls share a key (typed, 1 vs 1.0 vs True,
# keyword order), maxsize forms and errors, methods and recursion; cache; cached_property.
from functools import lru_cache, cache, cached_property, wraps


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


calls = []


@lru_cache(maxsize=3)
def g(n):
    calls.append(n)
    return n * 10


for n in [1, 2, 3, 1, 4, 1, 5, 2, 3]:
    g(n)
show("evictions", lambda: (calls, g.cache_info()))
show("info fields", lambda: (g.cache_info().hits, g.cache_info()._fields, type(g.cache_info()).__name__))
show("parameters", lambda: g.cache_parameters())
g.cache_clear()
show("cleared", lambda: g.cache_info())
show("wrapped", lambda: (g.__name__, g.__wrapped__.__name__, g.__wrapped__(7)))


@lru_cache
def kinds(x, y=None):
    return type(x).__name__


show("key equality", lambda: [kinds(1), kinds(1.0), kinds(True), kinds("a"), kinds(1, y=None), kinds(1, None)])
show("key info", lambda: kinds.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


show("typed", lambda: ([typed(1), typed(1.0), typed(True)], typed.cache_info().currsize))


@lru_cache(maxsize=None)
def kw(**k):
    return sorted(k)


show("keyword order", lambda: (kw(a=1, b=2), kw(b=2, a=1), kw.cache_info()))
show("unhashable", lambda: kinds([1]))
show("negative maxsize", lambda: lru_cache(-3)(len).cache_info())
show("maxsize zero", lambda: (lru_cache(0)(len)("ab"), lru_cache(0)(len).cache_info()))
show("unbounded", lambda: lru_cache(None)(len).cache_parameters())
show("bad maxsize", lambda: lru_cache("a"))
show("float maxsize", lambda: lru_cache(5.5))
show("not callable", lambda: lru_cache(5)(5))
show("cache not callable", lambda: cache(5))
show("bare with typed", lambda: lru_cache(len, True).cache_parameters())
show("cache params", lambda: cache(len).cache_parameters())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


show("recursion", lambda: (fib(90), fib.cache_info()))


class Point:
    def __init__(self, x):
        self.x = x

    @lru_cache(maxsize=2)
    def scaled(self, k):
        return self.x * k

    @cache
    def twice(self):
        return self.x * 2

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        return self.x == other.x


a, b = Point(3), Point(3)
show("method", lambda: (a.scaled(2), b.scaled(2), Point.scaled.cache_info().hits, a.twice()))


def logged(fn):
    @wraps(fn)
    def inner(*args):
        return fn(*args)
    return inner


show("stacked", lambda: lru_cache(logged(len)).__wrapped__.__wrapped__ is len)


class Lazy:
    def __init__(self):
        self.runs = 0

    @cached_property
    def value(self):
        "the value"
        self.runs += 1
        return self.runs * 100


lz = Lazy()
show("cached", lambda: (lz.value, lz.value, lz.runs, vars(lz)))
del lz.value
show("recomputed", lambda: (lz.value, lz.runs))
lz.value = 5
show("assigned", lambda: lz.value)
show("descriptor", lambda: (type(Lazy.value).__name__, Lazy.value.__doc__, Lazy.value.attrname))


class Slotted:
    __slots__ = ("a",)

    @cached_property
    def v(self):
        return 1


show("no dict", lambda: Slotted().v)
show("no set_name", lambda: cached_property(len).__get__(Lazy()))
try:
    class Twice:
        @cached_property
        def a(self):
            return 1
        b = a
except (TypeError, RuntimeError) as e:
    print("two names", type(e).__name__ + ":", e)
show("generic", lambda: cached_property[int])
