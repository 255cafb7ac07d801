# object.__reduce_ex__ and __getstate__ of builtins and classes, copy through them, and copyreg's helpers.
import copy, copyreg

def show(r):
    # reduce values with the recreating function named, iterators listed
    f = r[0]
    name = f if isinstance(f, str) else getattr(f, '__name__', f)
    rest = tuple(list(x) if hasattr(x, '__next__') else x for x in r[1:])
    return (name,) + rest

class S(set): pass
class F(frozenset): pass
class BA(bytearray): pass
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = 2
class SG:
    __slots__ = ('x',)
    def __init__(self, x): self.x = x
    def __getstate__(self): return {'x': self.x}
    def __setstate__(self, st): print('setstate got', type(st).__name__, st); object.__setattr__(self, 'x', st['x'])
for v in [{1, 2}, frozenset({3}), bytearray(b'ab'), slice(1, 2, 3), range(1, 5, 2), b'xy', 'st', (1, 2), [1, 2], {'a': 1}, 1.5, 3, complex(1, 2), None, Ellipsis, NotImplemented]:
    try:
        r = v.__reduce_ex__(4)
        print(type(v).__name__, show(r) if isinstance(r, tuple) else r)
    except Exception as e:
        print(type(v).__name__, 'err', type(e).__name__, e)
for v in [{1, 2}, frozenset({3}), bytearray(b'ab'), slice(1, 2, 3)]:
    try:
        print(repr(v.__reduce__()))
    except Exception as e:
        print('err', type(e).__name__, e)
s = S({1, 2}); s.attr = 5
c = copy.copy(s); print(type(c).__name__, sorted(c), c.attr)
c = copy.deepcopy(s); print(type(c).__name__, sorted(c), c.attr)
print(sorted(copy.copy(F({1, 2}))), type(copy.copy(F({1}))).__name__)
b = BA(b'xyz'); print(copy.copy(b), copy.deepcopy(b))
r = Sl().__reduce_ex__(2); print(r[1], r[2])
o = copy.copy(Sl()); print(o.a, o.b)
g = copy.copy(SG(7)); print(g.x)
g = copy.deepcopy(SG(8)); print(g.x)
print(SG(9).__reduce_ex__(4)[2])
print(copy.copy(slice(1, 2)), copy.deepcopy(slice(1, [2], 3)))
print(object().__reduce_ex__(4)[1:])
try:
    object().__reduce_ex__(0)
except TypeError as e: print(e)
print(show(object().__reduce_ex__(1)))
class GA: pass
a = GA(); print(a.__getstate__()); a.x = 1; print(a.__getstate__(), a.__getstate__() is a.__dict__)
class GB:
    __slots__ = ('p', 'q')
b = GB(); print(b.__getstate__()); b.p = 1; print(b.__getstate__())
class GC(GB): pass
c = GC(); c.q = 2; c.z = 3; print(c.__getstate__())
print(object().__getstate__())
print([].__getstate__(), (1,).__getstate__() if hasattr((), '__getstate__') else 'no')
print(object.__getstate__)
print(show(object.__reduce_ex__(GA(), 1)))
class GD(int): pass
d = GD(5); d.k = 1; print(show(d.__reduce_ex__(1)))
try: object.__reduce_ex__(3, 1)
except TypeError as e: print(e)
print(True.__reduce_ex__(4)[1], (2.5).__getnewargs__(), (3).__getnewargs__(), (1j).__getnewargs__())
print(set.__reduce__, frozenset.__reduce__, bytearray.__reduce_ex__)
print(Ellipsis.__reduce__(), NotImplemented.__reduce__())
print(sorted(n for n in dir(copyreg) if not n.startswith('__') or n in ('__newobj__', '__newobj_ex__')))
print(copyreg.__all__)
print(sorted(k.__name__ for k in copyreg.dispatch_table))
print(copyreg.pickle_complex(3+4j), copyreg.dispatch_table[complex] is copyreg.pickle_complex)
r = copyreg.dispatch_table[type(int | str)](int | str); print(r[0].__name__, r[1][0].__name__, r[1][1])
print(r[0](*r[1]))
for bad in [(int, 5), (int, len, 7)]:
    try: copyreg.pickle(*bad)
    except TypeError as e: print(e)
try: copyreg.constructor(3)
except TypeError as e: print(e)
class A: pass
copyreg.pickle(A, lambda a: (A, ())); print(A in copyreg.dispatch_table); del copyreg.dispatch_table[A]
class S:
    __slots__ = ('a', '__b', '__dict__', '__weakref__')
class T(S):
    __slots__ = 'c'
class U(T): pass
print(copyreg._slotnames(S), copyreg._slotnames(T), copyreg._slotnames(U), copyreg._slotnames(A), copyreg._slotnames(int))
print(T.__dict__.get('__slotnames__'), U.__dict__.get('__slotnames__'), A.__dict__.get('__slotnames__'), '__slotnames__' in int.__dict__)
for code in (0, 0x80000000, 1.5, '3'):
    try: copyreg.add_extension('m', 'k', code)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
copyreg.add_extension('m', 'n', 5); copyreg.add_extension('m', 'n', 5)
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.remove_extension('m', 'k', 1)
try: copyreg.add_extension('m', 'n', 6)
except ValueError as e: print(e)
try: copyreg.add_extension('m', 'o', 5)
except ValueError as e: print(e)
try: copyreg.remove_extension('m', 'n', 6)
except ValueError as e: print(e)
copyreg._extension_cache[5] = 'x'
copyreg.remove_extension('m', 'n', 5); print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
copyreg._extension_cache[1] = 2; copyreg.clear_extension_cache(); print(copyreg._extension_cache)
print(copyreg.__newobj__(list, [1, 2]), copyreg.__newobj_ex__(dict, (), {'a': 1}))
class L(list): pass
l = L([1]); l.x = 2
print(copyreg._reduce_ex(l, 0)[1], copyreg._reduce_ex(l, 1)[2])
obj = copyreg._reconstructor(*copyreg._reduce_ex(l, 0)[1]); print(type(obj).__name__, obj)
print(show(copyreg._reduce_ex(A(), 1)))
try: copyreg._reduce_ex(S(), 0)
except TypeError as e: print(e)
class G:
    __slots__ = ('q',)
    def __getstate__(self): return {'q': 1}
print(copyreg._reduce_ex(G(), 0)[2])
try: copyreg._reduce_ex(object(), 1)
except TypeError as e: print(e)
except TypeError as e: print(e)
class I(int): pass
print(show(copyreg._reduce_ex(I(4), 1)))
print(copyreg._reconstructor(I, int, 9), type(copyreg._reconstructor(I, int, 9)).__name__)
import copy
print(copy.copy(L([3])), copy.deepcopy(I(5)))
print(sorted(n for n in ('pickle', 'constructor', 'add_extension', 'remove_extension', 'clear_extension_cache', 'dispatch_table', '_reconstructor', '_slotnames') if not hasattr(copyreg, n)))

# __getnewargs_ex__ with keywords chooses __newobj_ex__; its result is checked
class KW:
    def __new__(cls, *, size=0):
        o = super().__new__(cls); o.size = size; return o
    def __getnewargs_ex__(self): return ((), {'size': self.size})
r = KW(size=3).__reduce_ex__(4); print(r[0].__name__, r[1][1:], r[2])
print(copy.copy(KW(size=4)).size, copy.deepcopy(KW(size=5)).size)
class BadKW:
    def __init__(self, v): self.v = v
    def __getnewargs_ex__(self): return self.v
for v in (5, (1,), ([], {}), ((), [])):
    try: BadKW(v).__reduce_ex__(4)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class BadNA:
    def __getnewargs__(self): return [1]
try: BadNA().__reduce_ex__(2)
except TypeError as e: print(e)

# objects whose data lives outside __dict__ and slots cannot be copied through a reduction
def gen(): yield 1
for v in (gen(), copy):
    try: copy.copy(v); print('copied', type(v).__name__)
    except TypeError as e: print(e)

# type.__flags__: the bits copyreg and others test
class Plain: pass
class Sub(list): pass
import abc
class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
for t in (object, int, bool, list, Plain, Sub, Abstract, type, ValueError, str, dict, tuple, bytes):
    f = t.__flags__
    print(t.__name__, [bit for bit in (8, 9, 10, 12, 20, 24, 25, 26, 27, 28, 29, 30, 31) if f >> bit & 1])
