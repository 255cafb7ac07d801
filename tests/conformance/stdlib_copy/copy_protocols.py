import copy, collections, copyreg
class P:
    def __init__(self, v): self.v = v
class S:
    __slots__ = ('a', 'b')
class Hooks:
    def __init__(self): self.log = []
    def __copy__(self): return 'shallow-hook'
    def __deepcopy__(self, memo): return ('deep-hook', type(memo).__name__)
class St:
    def __init__(self): self.x = [1]
    def __getstate__(self): return {'x': self.x, 'extra': 1}
    def __setstate__(self, s): self.__dict__.update(s); self.restored = True
class Red:
    def __reduce__(self): return 'Red'
class L(list): pass
class D(dict): pass
inner = [1, [2, 3]]
objs = [None, 1, 2.5, 'x', b'y', (1, [2]), (1, 2), frozenset({1}), [inner, inner], {'k': inner}, {1, 2}, bytearray(b'ab'),
        range(3), P, len, P(inner), Hooks(), St(), Red(), L([inner]), D(a=inner), collections.OrderedDict(a=[1]),
        collections.deque([inner], 5), collections.Counter('abca'), slice(1, 2), complex(1, 2), Ellipsis]
for o in objs:
    s = copy.copy(o); d = copy.deepcopy(o)
    print(type(o).__name__, s is o, d is o, repr(s)[:60] if not isinstance(s, (P, St, Red)) else getattr(s, '__dict__', None), repr(d)[:60] if not isinstance(d, (P, St, Red)) else getattr(d, '__dict__', None))
a = [1]; a.append(a); b = copy.deepcopy(a); print(b[1] is b, b is not a)
t = ([],); t[0].append(t); u = copy.deepcopy(t); print(u[0][0] is u, u is not t)
p = P(inner); q = copy.deepcopy(p); print(q.v == inner, q.v is not inner, q.v[1] is not inner[1])
shared = [0]; both = [shared, shared]; dd = copy.deepcopy(both); print(dd[0] is dd[1])
memo = {}; x = copy.deepcopy(inner, memo); print(memo[id(inner)] is x, id(memo) in memo)
s = S(); s.a = [1]; s2 = copy.copy(s); s3 = copy.deepcopy(s); print(s2.a is s.a, s3.a == s.a, s3.a is not s.a, hasattr(s3, 'b'))
m = P(1).__init__; m2 = copy.deepcopy(m); print(type(m2).__name__, m2.__self__ is not m.__self__)
class NoCopy:
    def __reduce_ex__(self, proto): raise TypeError('nope')
try: copy.copy(NoCopy())
except TypeError as e: print('TypeError', e)
class Bare:
    __reduce_ex__ = None
    __reduce__ = None
for f in (copy.copy, copy.deepcopy):
    try: f(Bare())
    except copy.Error as e: print('Error', e)
copyreg.pickle(P, lambda o: (P, (o.v * 10,)))
print(copy.copy(P(2)).v, copy.deepcopy(P(3)).v)
print(copy.error is copy.Error, copy.__all__)
