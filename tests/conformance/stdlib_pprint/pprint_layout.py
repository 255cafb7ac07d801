# pprint's line breaking against CPython 3.12: widths, indent, depth, compact, sort_dicts,
# underscore_numbers, strings and bytes, the collections types, dataclasses, namespaces,
# recursion markers and the saferepr/isreadable/isrecursive helpers.
import io
import pprint
import types
import dataclasses
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList, UserString

nested = {'name': 'pyjama', 'versions': [3, 12, 1], 'deps': {'core': ['interp', 'kernel'],
          'extra': ('a', 'b', 'c')}, 'flags': {1, 2, 3}, 'empty': {}, 'none': None,
          'numbers': list(range(30)), 'floats': [1.5, 2.25, -0.0, float('inf')]}
for width in (80, 40, 20, 5, 1):
    print(f'-- width={width}')
    pprint.pprint(nested, width=width)
for indent in (0, 2, 4):
    print(f'-- indent={indent}')
    pprint.pprint(nested, indent=indent, width=30)
for depth in (1, 2):
    print(f'-- depth={depth}')
    pprint.pprint(nested, depth=depth)
    pprint.pprint([[[1]], ((2,),), {'k': {'j': 1}}], depth=depth)
print('-- compact')
pprint.pprint(list(range(60)), compact=True, width=40)
pprint.pprint([list(range(12)), 'short', list(range(25)), (1,)], compact=True, width=30)
pprint.pprint([[1, 2], [3, 4]] * 8, compact=True, width=25, indent=3)
print('-- sort_dicts / pp')
d = {'zeta': 1, 'alpha': [1, 2], 'mid': {'y': 2, 'x': 1}}
pprint.pprint(d, sort_dicts=False, width=20)
pprint.pp(d, width=20)
pprint.pp(d, width=20, sort_dicts=True)
pprint.pprint({1: 'a', 'b': 2, (1, 2): 3, None: 4}, width=10)
print('-- underscore_numbers')
pprint.pprint([10**12, -123456789, 1.5e10, True, 7], underscore_numbers=True)
pprint.pprint({10**6: 10**9}, underscore_numbers=True, width=10)

print('-- tuples and sets')
pprint.pprint((1,), width=1)
pprint.pprint(('only one element that is long',), width=10)
pprint.pprint(tuple(range(15)), width=20)
pprint.pprint(set(range(10)), width=15)
pprint.pprint(frozenset('abcdefgh'), width=20)
pprint.pprint([set(), frozenset(), (), [], {}], width=3)
pprint.pprint({3, 'a', 2.5, (1,)}, width=5)

print('-- strings')
text = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint([text], width=40)
pprint.pprint({'key': text}, width=50)
pprint.pprint('line one\nline two is a bit longer\n\nlast', width=15)
pprint.pprint('nospacesatallinthisverylongstringthatcannotbesplit', width=10)
pprint.pprint('tabs\tand  double  spaces   here ' * 3, width=25)
pprint.pprint(['x' * 10 + ' ' + 'y' * 10] * 2, width=15)
pprint.pprint('', width=1)
pprint.pprint("quotes ' and \" mixed in a string", width=12)

print('-- bytes')
blob = bytes(range(40))
pprint.pprint(blob, width=30)
pprint.pprint(b'abcd' * 8, width=20)
pprint.pprint(b'abcd' * 8 + b'ef', width=20)
pprint.pprint([b'0123456789' * 3], width=20)
pprint.pprint(bytearray(b'hello world, bytes here'), width=20)
pprint.pprint(b'abc', width=1)
pprint.pprint({'b': bytearray(range(20))}, width=25)

print('-- collections')
od = OrderedDict((f'key{i}', i * 'v') for i in range(6))
pprint.pprint(od, width=30)
pprint.pprint(OrderedDict(), width=1)
dd = defaultdict(list, {'a': [1, 2, 3], 'b': list(range(10))})
pprint.pprint(dd, width=30)
pprint.pprint(defaultdict(int), width=1)
c = Counter('abracadabra simsalabim')
pprint.pprint(c, width=30)
pprint.pprint(Counter(), width=1)
cm = ChainMap({'a': 1, 'b': 2}, {'c': list(range(12))}, {})
pprint.pprint(cm, width=30)
pprint.pprint(ChainMap(), width=1)
pprint.pprint(ChainMap({}), width=1)
pprint.pprint(deque(range(20)), width=30)
pprint.pprint(deque(range(20), maxlen=25), width=30)
pprint.pprint(deque(), width=1)
pprint.pprint(UserDict({'x': list(range(10)), 'y': 'why'}), width=25)
pprint.pprint(UserList(range(20)), width=25)
pprint.pprint(UserString('user string content ' * 3), width=25)
pprint.pprint(types.MappingProxyType({'a': list(range(10)), 'b': 2}), width=25)
pprint.pprint(types.SimpleNamespace(alpha=list(range(10)), beta='text', gamma={'k': 1}), width=25)
class NS(types.SimpleNamespace):
    pass
pprint.pprint(NS(first=1, second=list(range(12))), width=20)
pprint.pprint([OrderedDict(a=1), Counter(a=2), deque([1])], width=10)

print('-- dataclasses')
@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = 'origin point label'
    hidden: list = dataclasses.field(default_factory=list, repr=False)
@dataclasses.dataclass
class Shape:
    points: list
    name: str
    meta: dict
shape = Shape([Point(0, 0), Point(1, 2, 'second point of the shape')], 'triangle-ish', {'k': 'v'})
pprint.pprint(shape, width=40)
pprint.pprint(shape)
pprint.pprint(Point(1, 2), width=10)
@dataclasses.dataclass(repr=False)
class NoRepr:
    value: int
    def __repr__(self):
        return 'NoRepr(custom repr that is quite long indeed)'
pprint.pprint([NoRepr(1)], width=10)
@dataclasses.dataclass
class Node:
    value: int
    children: list
root = Node(1, [])
root.children.append(root)
print(pprint.pformat(root, width=20).replace(str(id(root)), 'ID'))
print(pprint.pformat(Point, width=5))

print('-- recursion')
rec = [1, 2]
rec.append(rec)
s = pprint.pformat(rec)
print(s.replace(str(id(rec)), 'ID'))
rd = {'a': 1}
rd['self'] = rd
print(pprint.pformat(rd, width=10).replace(str(id(rd)), 'ID'))
print(pprint.saferepr(rec).replace(str(id(rec)), 'ID'))
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isrecursive([1, [2]]))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object()]), pprint.isreadable({1: len}))
print(pprint.saferepr({'b': 1, 'a': [2, (3,)]}), pprint.saferepr(()), pprint.saferepr((1,)))
shared = [1]
print(pprint.pformat([shared, shared]), pprint.isrecursive([shared, shared]))

print('-- PrettyPrinter objects')
pp_obj = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=True)
print(pp_obj.pformat([list(range(20)), [[[['deep']]]]]))
print(pp_obj.isreadable([1, 2]), pp_obj.isrecursive(rec), pp_obj.isreadable(rec))
print(pp_obj.format({'a': [1, 2]}, {}, 0, 0))
print(pp_obj.format([[1]], {}, 1, 0), pp_obj.format([[1]], {}, 1, 1))
out = io.StringIO()
pprint.PrettyPrinter(stream=out, width=10).pprint(list(range(5)))
pprint.pprint({'s': 1}, stream=out)
print(repr(out.getvalue()))
for bad in (dict(indent=-1), dict(depth=0), dict(depth=-3), dict(width=0)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as err:
        print('ValueError', err)
print(pprint.pformat([1, 2], indent=1.9, width=3.5))
class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
print(Upper(width=20).pformat({'k': ['abc', 'def', 'ghi', 'jkl']}))
class Mixed:
    def __repr__(self):
        return 'Mixed()'
pprint.pprint({Mixed(): 1, 2: 'two', 'three': 3}, width=20)
print(pprint.pformat([{2, 'a'}, {1: 'x', 'y': 2}]).count('\n'))
class SubList(list):
    pass
class ReprList(list):
    def __repr__(self):
        return 'ReprList!'
pprint.pprint([SubList(range(30)), ReprList(range(30))], width=20)
class SubDict(dict):
    pass
pprint.pprint(SubDict(a=list(range(15))), width=20)
print(sorted(pprint.__all__))
