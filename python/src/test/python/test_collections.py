import collections
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple, ChainMap, UserDict, UserList, UserString
# case: deque_basic
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy'); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.rotate(100); print(d)
d.reverse(); print(d, d.count('a'), d.index(2), d.index('a', 1), 2 in d, 'q' in d)
d.insert(2, 'I'); d.remove('I'); print(d)
d[1] = 'set'; del d[0]; print(d, list(reversed(d)), bool(d), bool(deque()))
d.clear(); print(d, repr(deque(maxlen=3)))
# case: deque_maxlen
d = deque(range(10), maxlen=3); print(d, d.maxlen)
d.append(10); print(d); d.appendleft(-1); print(d); d.extend([1, 2]); print(d); d.extendleft('ab'); print(d)
z = deque([1], 0); z.append(3); print(z)
d = deque([1, 2], maxlen=5); d *= 4; print(d)
d = deque([1, 2, 3], maxlen=4); print(d * 3, 2 * d, d + deque([9]), deque(maxlen=2) + deque([1, 2, 3]))
d = deque('abc', 3)
for f in [lambda: d.insert(0, 'z'), lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: d.index('q'), lambda: d.remove('q'), lambda: deque().pop(), lambda: deque().popleft(), lambda: d[5], lambda: d['a'], lambda: d[1:2], lambda: d + [1], lambda: d * 'a', lambda: d.rotate('a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
# case: deque_big_and_iter
import random
r = random.Random(3); d = deque(); ref = []
for i in range(2000):
    op = r.randrange(6)
    if op == 0: d.append(i); ref.append(i)
    elif op == 1: d.appendleft(i); ref.insert(0, i)
    elif op == 2 and ref: assert d.pop() == ref.pop()
    elif op == 3 and ref: assert d.popleft() == ref.pop(0)
    elif op == 4 and ref: k = r.randrange(-5, 6); d.rotate(k); k %= len(ref); ref[:] = ref[-k:] + ref[:-k] if k else ref
    elif op == 5 and ref: j = r.randrange(len(ref)); assert d[j] == ref[j]; assert d[-j - 1] == ref[-j - 1]
print(list(d) == ref, len(d))
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(e)
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) == [1, 2], d.index(2, -3, -1))
x = deque(); x.append(x); print(x)
print(d.copy(), type(iter(d)).__name__ != '', deque('ab', maxlen=2).copy())
import copy
print(copy.copy(deque([1], maxlen=4)), copy.deepcopy(deque([[1]])))
print(isinstance(d, collections.abc.MutableSequence), deque[int])
# case: ordereddict
od = OrderedDict(); od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b'); print(list(od)); od.move_to_end('b', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), dict(b=2, a=1) == OrderedDict(a=1, b=2))
print(list(reversed(OrderedDict(a=1, b=2))), list(reversed(OrderedDict(a=1, b=2).items())))
print(OrderedDict.fromkeys('abc', 0), OrderedDict(a=1) | {'b': 2}, {'z': 0} | OrderedDict(a=1))
o = OrderedDict(x=1); print(o.setdefault('y', 5), o.pop('x'), o.pop('q', None), o, o.copy())
for f in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end(1), lambda: o.pop('nope')]:
    try:
        f()
    except KeyError as e:
        print(repr(e))
o = OrderedDict(); o['k'] = o; print(o)
import copy
print(copy.deepcopy(OrderedDict(a=[1])), isinstance(OrderedDict(), dict))
o = OrderedDict(a=1, b=2); o.update([('c', 3)], d=4); print(o, len(o), 'a' in o)
# case: defaultdict
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd.default_factory, 'c' in dd, dd.get('c'))
print(defaultdict(None, a=1), repr(defaultdict(int, {1: 2})), defaultdict(lambda: 0).__class__.__name__)
try:
    defaultdict(None)['x']
except KeyError as e:
    print(repr(e))
try:
    defaultdict(1)
except TypeError as e:
    print(e)
c = dd.copy(); print(c, type(c).__name__, dd | {'z': 1}, type(dd | {}).__name__, {'q': 1} | dd)
x = defaultdict(int); x['a'] += 3; print(x, x == {'a': 3})
# case: counter
c = Counter('abracadabra'); print(c, c.most_common(2), c.most_common(), c['z'], c.total())
print(sorted(c.elements()), Counter(a=3, b=-1), Counter({'x': 2}))
c.update('aaz'); c.subtract({'a': 10}); print(c)
c1 = Counter(a=3, b=1, c=0); c2 = Counter(a=1, b=2, d=-2)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2, +c2, -c2)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter() == {}, Counter(a=1) != Counter(a=2))
x = Counter(a=2); x += Counter(a=-3, b=1); print(x); x -= Counter(b=5); print(x)
x = Counter(a=2, b=1); x |= Counter(b=3); print(x); x &= Counter(a=1); print(x)
del x['zz']; print(Counter(), repr(Counter(a=1.5, b=2)), Counter([1, 1, 2]).most_common(1))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
print(Counter({'a': 'x', 'b': 1}) if False else Counter(b=2, a=2, c=3))
# case: namedtuple
P = namedtuple('Point', 'x y')
p = P(1, y=2); print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=9), P._make([3, 4]), P.__doc__, P.x.__doc__)
print(P.__name__, P.__qualname__, P.__module__, p == (1, 2), hash(p) == hash((1, 2)), P.__new__.__doc__, P._field_defaults, P.__match_args__)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[2, 3]); print(Q(1), Q._field_defaults, Q.__new__.__defaults__)
R = namedtuple('R', 'abc def _x abc', rename=True); print(R._fields)
for args in [('1x', 'a'), ('X', 'a class'), ('X', '_a'), ('X', 'a a'), ('X', 'a', ), ('def', 'a')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print(e)
try:
    namedtuple('X', 'a', defaults=[1, 2])
except TypeError as e:
    print(e)
for f in [lambda: P(1), lambda: P(1, 2, 3), lambda: P._make([1]), lambda: p._replace(z=1), lambda: P(1, x=2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
S = namedtuple('S', 'a'); print(S(1), S._make([5]))
import copy
print(copy.copy(p), copy.deepcopy(p), p.__getnewargs__())
x, y = p; print(x, y, len(p), P(x=[1], y=2))
match p:
    case P(a, b):
        print('match', a, b)
# case: chainmap
a = {'x': 1}; b = {'x': 2, 'y': 3}
cm = ChainMap(a, b); print(cm, cm['x'], cm['y'], len(cm), list(cm), list(cm.items()), cm.get('z', 0), 'y' in cm, bool(ChainMap()), bool(ChainMap({})))
cm['z'] = 4; print(a, cm.parents, cm.new_child(), cm.new_child({'q': 1}), cm.new_child(w=5).maps[0])
for f in [lambda: cm.__delitem__('y'), lambda: ChainMap({}).popitem(), lambda: cm.pop('y'), lambda: cm['nope']]:
    try:
        f()
    except KeyError as e:
        print(repr(e))
print(cm.pop('z'), cm.pop('zz', 'dflt'), cm.copy(), ChainMap.fromkeys('ab', 0), cm | {'k': 1}, {'k': 1} | cm)
c2 = ChainMap(); c2 |= {'a': 1}; print(c2, ChainMap().maps, dict(ChainMap({1: 'a'}, {1: 'b', 2: 'c'})))
# case: user_classes
u = UserDict(a=1); u['b'] = 2; print(u, len(u), u.data, 'a' in u, u.get('z'), u | {'c': 3}, type(u.copy()).__name__, UserDict.fromkeys('ab'))
class M(UserDict):
    def __missing__(self, k): return k * 2
print(M()['ab'])
l = UserList([3, 1, 2]); l.append(0); l.sort(); print(l, l[1:], type(l[1:]).__name__, l + [9], [9] + l, l * 2, l == [0, 1, 2, 3], l < [5], l.index(2), l.count(1), len(l))
l.extend(UserList([7])); l.insert(0, -1); l.remove(7); print(l.pop(), l, l.copy(), 3 in l)
s = UserString('Hello'); print(s, repr(s), s.upper(), s[1:3], s + '!', '>' + s, s * 2, s.split('l'), s.find('l'), 'ell' in s, len(s), s == 'Hello', s < 'Z', s.center(9, '*'), s.replace('l', 'L', 1), s.zfill(8), s.count('l'))
print(type(s.upper()).__name__, UserString(5), int(UserString('42')), s.removeprefix('He'), UserString('%s-%d') % ('a', 1), s.format(), s.join('ab'), s.encode())
# case: abc_structural
import collections.abc as cabc
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class NoHash:
    __hash__ = None
class Sz:
    def __len__(self): return 0
class Full:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
checks = [cabc.Hashable, cabc.Iterable, cabc.Iterator, cabc.Sized, cabc.Container, cabc.Collection, cabc.Callable, cabc.Reversible, cabc.Sequence, cabc.MutableSequence, cabc.Set, cabc.MutableSet, cabc.Mapping, cabc.MutableMapping, cabc.Generator, cabc.Awaitable, cabc.Coroutine, cabc.ByteString, cabc.Buffer, cabc.KeysView, cabc.ItemsView, cabc.ValuesView, cabc.MappingView, cabc.AsyncIterable, cabc.AsyncIterator, cabc.AsyncGenerator]
def gen(): yield 1
async def co(): pass
async def agen(): yield
cor = co()
objs = [1, 'a', b'b', bytearray(), [1], (1,), {1}, frozenset(), {1: 2}, {}.keys(), {}.items(), {}.values(), iter([]), gen(), cor, agen(), It(), NoHash(), Sz(), Full(), len, range(3), memoryview(b''), deque(), OrderedDict(), Counter(), UserList(), UserDict(), UserString(''), ChainMap(), P(1, 2), zip(), map(len, []), reversed([]), type]
for o in objs:
    print(type(o).__name__, ''.join('1' if isinstance(o, c) else '0' for c in checks))
cor.close()
print(cabc.Iterable[int], cabc.Callable[[int, str], float], cabc.Callable[..., int], cabc.Callable[[int], str].__args__, cabc.Mapping[str, int].__origin__)
# case: abc_mixins
class MySeq(cabc.Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = MySeq(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, s.index(2), s.index(2, 2), s.count(2))
try:
    s.index(9)
except ValueError as e:
    print('ValueError', e)
class MySet(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([9]), sorted({5} - a) if False else sorted(a - {1}))
a |= [7]; a -= [1]; a ^= [2, 8]; print(sorted(a), a.pop(), sorted(a)); a.remove(4)
try:
    a.remove(99)
except KeyError as e:
    print(repr(e))
print(MySet([1, 2])._hash() == frozenset([1, 2]).__hash__())
class MyMap(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m.update({'a': 1}, b=2); m.update([('c', 3)])
print(m.keys(), list(m.items()), list(m.values()), m.get('z', 0), 'a' in m, m == {'a': 1, 'b': 2, 'c': 3}, m.pop('a'), m.setdefault('q', 7), m.popitem(), len(m))
print(repr(m.keys())[:10], ('b', 2) in m.items(), 2 in m.values(), m.keys() & {'c', 'q'})
m.clear(); print(len(m))
class Bad(cabc.Sequence): pass
try:
    Bad()
except TypeError as e:
    print(e)
class MyList(cabc.MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse(); print(ml.l, ml.pop(), ml.pop(0), ml.l); ml.remove(3); print(ml.l); ml.clear(); print(ml.l)
