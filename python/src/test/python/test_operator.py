import operator
# case: arithmetic
for f in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor']:
    print(f, getattr(operator, f)(13, 3))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5), operator.invert(0), operator.index(7))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
# case: comparisons
for f in ['lt', 'le', 'eq', 'ne', 'ge', 'gt']:
    print(f, getattr(operator, f)(1, 2), getattr(operator, f)(2, 2), getattr(operator, '__%s__' % f.rstrip('_'))(3, 2))
# case: sequences
print(operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abcb', 'b'))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.getitem(l, -1), operator.getitem('abc', slice(1, None)))
try:
    operator.concat(1, 2)
except TypeError as e:
    print(e)
try:
    operator.indexOf([1], 2)
except ValueError as e:
    print(e)
# case: inplace
a = [1]
b = operator.iadd(a, [2]); print(a, b is a, operator.iadd(1, 2), operator.imul('ab', 2), operator.iconcat([1], (2,)))
for f in ['isub', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor']:
    print(f, getattr(operator, f)(17, 2))
# case: getters
from collections import namedtuple
class P: pass
p = P(); p.x = P(); p.x.y = 5; p.z = 3
print(operator.attrgetter('z')(p), operator.attrgetter('x.y', 'z')(p))
print(operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'), operator.itemgetter(slice(1, 3))([1, 2, 3]))
print(operator.methodcaller('split', ',', maxsplit=1)('a,b,c'), operator.methodcaller('upper')('x'))
print(repr(operator.attrgetter('a', 'b.c')), repr(operator.itemgetter(1, 'x')), repr(operator.methodcaller('f', 1, k='v')))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter('x')))
try:
    operator.attrgetter(1)
except TypeError as e:
    print(e)
try:
    operator.methodcaller(1)
except TypeError as e:
    print(e)
# case: length_hint_and_call
print(operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(x for x in []), operator.length_hint(object(), 7))
class H:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint(H(), 4))
class Bad:
    def __length_hint__(self): return -1
try:
    operator.length_hint(Bad())
except ValueError as e:
    print(e)
print(operator.call(max, 1, 5, key=lambda v: -v))
print(sorted(n for n in operator.__all__))
