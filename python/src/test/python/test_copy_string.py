import copy, string
# case: copy_shallow
l = [[1], 2]
c = copy.copy(l); print(c == l, c is l, c[0] is l[0])
d = {'a': [1]}; print(copy.copy(d) is d, copy.copy((1, [2])) == (1, [2]), copy.copy(5), copy.copy(set([1])))
class A:
    def __init__(self): self.x = [1]
a = A(); b = copy.copy(a); print(type(b).__name__, b.x is a.x)
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 1; t = copy.copy(s); print(t.p, hasattr(t, 'q'))
class Cc:
    def __copy__(self): return 'custom'
print(copy.copy(Cc()), copy.copy(int) is int)
# case: copy_deep
l = [[1, [2]], {'k': (3, [4])}]
d = copy.deepcopy(l); print(d == l, d[0] is l[0], d[0][1] is l[0][1], d[1]['k'][1] is l[1]['k'][1])
l = [1]; l.append(l); d = copy.deepcopy(l); print(d[1] is d, d is not l)
t = (1, 2, 'a'); print(copy.deepcopy(t) is t)
t2 = ([1],); print(copy.deepcopy(t2) is t2)
class N:
    def __init__(self): self.me = self; self.data = [1, 2]
n = N(); m = copy.deepcopy(n); print(m.me is m, m.data == n.data, m.data is n.data)
class DC:
    def __init__(self, v): self.v = v
    def __deepcopy__(self, memo): return DC(self.v * 2)
print(copy.deepcopy([DC(2)])[0].v)
shared = [1]; x = [shared, shared]; y = copy.deepcopy(x); print(y[0] is y[1])
memo = {}; copy.deepcopy([1, [2]], memo); print(len(memo) > 0)
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (R, (self.a + 1,))
print(copy.copy(R(1)).a, copy.deepcopy(R(1)).a)
class St:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': 10}
    def __setstate__(self, s): self.v = s['v'] + 1
print(copy.copy(St()).v, copy.deepcopy(St()).v)
class M:
    def f(self): return self
bm = M().f; print(copy.deepcopy(bm).__self__ is not bm.__self__)
import collections
od = collections.OrderedDict(a=[1]); od2 = copy.deepcopy(od); print(od2, od2['a'] is od['a'])
dd = collections.defaultdict(list, a=[1]); print(copy.copy(dd), copy.deepcopy(dd))
print(copy.Error, copy.error is copy.Error)
# case: string_constants
for n in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(n, repr(getattr(string, n)))
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'), string.capwords('ABC def'))
# case: template
T = string.Template
print(T('$who likes ${what}, $$5').substitute(who='tim', what='kung pao'))
print(T('$a $b').safe_substitute({'a': 1}), T('$a $b').safe_substitute({'a': 1}, a=2))
for tmpl in ['$', 'x $1', 'ab\n cd $ e', '${a']:
    try:
        T(tmpl).substitute(a=1)
    except ValueError as e:
        print(e)
    print(T(tmpl).safe_substitute())
try:
    T('$missing').substitute()
except KeyError as e:
    print(repr(e))
print(T('$a ${b} $a $$c $').get_identifiers(), T('$a').is_valid(), T('$ a').is_valid())
class P(T):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'
print(P('%foo_bar %x %%').safe_substitute(foo_bar='FB'))
class Q(T):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )'''
print(Q('#a #[b] ##').substitute(a=1, b=2))
print(T('$ÄÖ $Abc').safe_substitute(Abc=3))
# case: formatter
f = string.Formatter()
print(f.format('{0}-{1}-{0}', 'a', 'b'), f.format('{} {}', 1, 2), f.format('{x.real:>{w}} {y[0]!r}', x=3, w=5, y=['q']))
print(f.format('{0:{1}.{2}f}', 3.14159, 8, 2), f.format('{{}} {!s:^5}', 'x'))
for bad in ['{0} {}', '{} {0}', '{0!z}', '{', '}', '{0:{1:{2:{3}}}}']:
    try:
        print(f.format(bad, 1, 2, 3, 4))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['a{{b', 'a}}b{x!r:>{w}}c', '{0[a:b].c!s}', '{}', 'x{:}', '{a.b[c]}}}', 'plain', '', '{!r}', '{a!r}x', '{a!r:}', '{a:{{}}}']:
    print(repr(s), list(f.parse(s)))
for s in ['{', '}', 'a{b', '{a!}', '{a!rx}', '{a!r', '{a:{b}', '{a[}', '{a{b}', '{a!', 'x}y', '{0]}']:
    try:
        print(list(f.parse(s)))
    except ValueError as e:
        print(repr(s), e)
class V(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '<%s>' % key) if isinstance(key, str) else args[key]
print(V().format('{a} {b} {0}', 'z', a=1))
print(f.get_field('0.real', [5], {}), f.get_field('a[1]', [], {'a': 'xyz'}))
for name in ['a[', 'a.', 'a[0]x', 'a[]']:
    try:
        f.get_field(name, [], {'a': [1]})
    except Exception as e:
        print(type(e).__name__, e)
# case: reprlib
import reprlib
r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(frozenset()), reprlib.repr((1,)), reprlib.repr(10 ** 50), reprlib.repr([[[[[[[1]]]]]]]))
r.maxlist = 2; r.maxstring = 10; print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr(object)[:20])
r2 = reprlib.Repr(maxlevel=1, indent=2); print(r2.repr([1, [2, 3], {'a': 1}]))
import collections
print(reprlib.repr(collections.deque(range(10))))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return 'Node(%r)' % self.children
print(repr(Node()), Node.__repr__.__name__, hasattr(Node.__repr__, '__wrapped__'))
class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self): return 'O[%r]' % (self,)
print(repr(Other()))
