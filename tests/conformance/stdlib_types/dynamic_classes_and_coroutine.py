# types: new_class / prepare_class / resolve_bases / get_original_bases, DynamicClassAttribute,
# types.coroutine (generator functions made awaitable), and the kinds of the sample objects.
import types

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta): pass
class Other(type): pass
class B(metaclass=Other): pass
print(types.prepare_class('X'))
print(types.prepare_class('X', (A,), {'flag': 1}))
print(types.prepare_class('X', (), {'metaclass': Meta}))
kw = {'metaclass': type}; print(types.prepare_class('X', (A,), kw), kw)
attempt(lambda: types.prepare_class('X', (A, B)))
attempt(lambda: types.new_class('X', (B, A)))

class Entry:
    def __mro_entries__(self, bases):
        print('mro_entries', len(bases))
        return (dict,)
class BadEntry:
    def __mro_entries__(self, bases):
        return [int]
t = (int, str); print(types.resolve_bases(t) is t)
l = [int, 3]; print(types.resolve_bases(l) is l)
print(types.resolve_bases((Entry(), int)))
attempt(lambda: types.resolve_bases((BadEntry(),)))
C = types.new_class('C', (Entry(),), None, lambda ns: ns.update(size=3))
print(C.__bases__, C.size, type(types.get_original_bases(C)[0]).__name__, C.__module__, C.__qualname__)
D = types.new_class('D', (A,), {})
print(type(D).__name__, D.prepared, types.get_original_bases(D), '__orig_bases__' in D.__dict__)
print(types.get_original_bases(int), types.get_original_bases(bool))
attempt(lambda: types.get_original_bases(1))
attempt(lambda: types.get_original_bases(None))

class Shape:
    def __init__(self): self._n = 'circle'
    @types.DynamicClassAttribute
    def name(self):
        "the instance's name"
        return self._n
    @name.setter
    def name(self, v): self._n = v
class ShapeMeta(type):
    def __getattr__(cls, attr): return 'class-level ' + attr
class Shape2(Shape, metaclass=ShapeMeta): pass
s = Shape2()
print(s.name, Shape2.name, Shape.__dict__['name'].__doc__)
s.name = 'square'; print(s.name)
attempt(lambda: delattr(s, 'name'))
attempt(lambda: Shape.__dict__['name'].__get__(None, Shape))
bare = types.DynamicClassAttribute(doc='explicit')
attempt(lambda: bare.__get__(s))
attempt(lambda: bare.__set__(s, 1))
print(bare.__doc__, bare.overwrite_doc, bare.getter(lambda self: 1).__doc__)
g = types.DynamicClassAttribute(lambda self: 1)
g2 = g.getter(Shape.__dict__['name'].fget)
print(g.__doc__, g2.__doc__, g2.overwrite_doc, g2.deleter(print).fdel is print, type(g2).__name__)
def abstract_getter(self): pass
abstract_getter.__isabstractmethod__ = True
ab = types.DynamicClassAttribute(abstract_getter)
print(ab.__isabstractmethod__, ab.__get__(None, Shape) is ab)

@types.coroutine
def tick(n):
    got = yield ('tick', n)
    return got * 2
print(tick.__code__.co_flags & 0x100 != 0, types.coroutine(tick) is tick)
async def job():
    a = await tick(1)
    b = await tick(2)
    return a + b
c = job()
print(c.send(None), c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print('result', e.value)

def returns_generator():
    return tick.__wrapped__(5) if hasattr(tick, '__wrapped__') else iter_gen()
def iter_gen():
    yield 'plain'
    return 'done'
wrapped = types.coroutine(lambda: iter_gen())
w = wrapped()
print(type(w).__name__, w.__name__ if hasattr(w, '__name__') else None)
async def uses():
    return await wrapped()
u = uses(); print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print('result', e.value)
print(types.coroutine(len)('abc'), types.coroutine(len).__name__)
attempt(lambda: types.coroutine(3))
async def native(): return 1
print(types.coroutine(native) is native)
print(sorted(types.__all__) == sorted(n for n in dir(types) if not n.startswith('_')))
print([isinstance(getattr(types, n), type) for n in types.__all__ if n[0].isupper()].count(False))
