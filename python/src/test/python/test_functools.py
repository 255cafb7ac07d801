import functools
# case: reduce
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 9), functools.reduce(max, [3]))
try:
    functools.reduce(max, [])
except TypeError as e:
    print(e)
# case: partial
p = functools.partial(max, 1, 5, key=abs)
print(p(-9), p.args, p.keywords, p.func is max, repr(p))
q = functools.partial(p, 7, default=0)
print(repr(q), q.func is max, q.args)
print(repr(functools.partial(len)), functools.partial(int, base=2)('101'))
class MyP(functools.partial): pass
print(repr(MyP(len, 'abc')), MyP(len, 'abc')())
try:
    functools.partial(5)
except TypeError as e:
    print(e)
class A:
    f = functools.partial(max, 1)
print(A().f(3), A.f(0))
# case: wraps
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def hello(x: int) -> str:
    "doc here"
    return str(x)
print(hello.__name__, hello.__doc__, hello.__annotations__, hello.__wrapped__.__name__, hello.__qualname__, hello(3))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def w(): pass
w.extra = 1
def v(): pass
functools.update_wrapper(v, w)
print(v.extra, v.__wrapped__ is w)
# case: total_ordering
@functools.total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(N(1) < N(2), N(1) > N(2), N(2) >= N(2), N(3) <= N(2), N.__gt__.__name__)
@functools.total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(2) <= G(2))
try:
    @functools.total_ordering
    class E: pass
except ValueError as e:
    print(e)
# case: cmp_to_key
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print('unhashable')
# case: lru_cache
calls = []
@functools.lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 2
print([f(i) for i in [1, 2, 1, 3, 2, 1]], calls, f.cache_info(), f.cache_parameters())
f.cache_clear(); print(f.cache_info(), f.__name__, f.__wrapped__(4))
@functools.lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.cache
def sq(x): return x * x
print(sq(3), sq(3), sq.cache_info(), sq.cache_parameters())
@functools.lru_cache(maxsize=None, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@functools.lru_cache(0)
def z(x): return x
print(z(1), z(1), z.cache_info())
try:
    functools.lru_cache('x')
except TypeError as e:
    print(e)
class C:
    @functools.lru_cache
    def m(self, x): return x + 1
print(C().m(1), type(f.cache_info()).__name__, f.cache_info()._fields)
@functools.lru_cache(maxsize=3)
def kw(a, b=1): return a + b
print(kw(1), kw(1, b=2), kw(a=1), kw(1), kw.cache_info())
# case: cached_property
class D:
    n = 0
    @functools.cached_property
    def val(self):
        D.n += 1
        return 42
d = D()
print(d.val, d.val, D.n, 'val' in d.__dict__, type(D.val).__name__)
del d.val
print(d.val, D.n)
try:
    class X:
        a = functools.cached_property(lambda self: 1)
        b = a
except Exception as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ()
    @functools.cached_property
    def v(self): return 1
try:
    S().v
except TypeError as e:
    print(e)
# case: singledispatch
from collections.abc import Sequence, Mapping
@functools.singledispatch
def show(x):
    return 'obj'
@show.register(int)
def _(x): return 'int'
@show.register
def _(x: str): return 'str'
@show.register(Sequence)
def _(x): return 'seq'
print(show(1), show(True), show('a'), show([1]), show((1,)), show(1.5), show({}))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
@show.register(float | complex)
def _(x): return 'num'
print(show(1.5), show(1j))
try:
    show()
except TypeError as e:
    print(e)
# case: singledispatchmethod_partialmethod
class M:
    @functools.singledispatchmethod
    def f(self, arg): return 'default'
    @f.register
    def _(self, arg: int): return 'int %d' % arg
    def g(self, a, b): return (a, b)
    h = functools.partialmethod(g, 1)
print(M().f(1), M().f('x'), M().h(2))
print(repr(functools.partialmethod(max, 1)))
