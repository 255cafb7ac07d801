# make_dataclass, is_dataclass, descriptors as defaults, abstract methods, slots.
import abc
from dataclasses import dataclass, field, fields, make_dataclass, is_dataclass


@dataclass
class Leaf:
    v: list


P = make_dataclass('P', ['x', ('y', int), ('z', int, field(default=5))],
                   namespace={'total': lambda self: self.y + self.z}, frozen=True)
print(P, P(1, 2), P(1, 2).total(), P.__doc__, P.__module__, fields(P)[0].type, hash(P(1, 2)) == hash((1, 2, 5)))
Q = make_dataclass('Q', [('a', int)], bases=(Leaf,), module='elsewhere')
print(Q([0], 1), Q.__module__, [f.name for f in fields(Q)])
for bad in (['a', 'a'], ['def'], [('a',)], ['1x'], [('a', int, 1, 2)]):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print('TypeError:', e)
print(is_dataclass(Leaf([])), is_dataclass(Leaf), is_dataclass(5), is_dataclass(dataclass))


class Loud:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)

    def __get__(self, obj, owner):
        return 42 if obj is None else obj.__dict__.get('_v', 42)

    def __set__(self, obj, value):
        obj.__dict__['_v'] = value


@dataclass
class UsesDescriptor:
    v: int = Loud()


print(UsesDescriptor(), UsesDescriptor(5).v)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


@dataclass
class Square(Shape):
    side: int
    def area(self): return self.side ** 2


print(Square(3).area(), Square.__abstractmethods__)


@dataclass(frozen=True, slots=True)
class Frozen:
    a: int
    b: int = 2


fz = Frozen(1)
print(fz, Frozen.__slots__, hasattr(fz, '__dict__'), fz.__getstate__(), hash(fz) == hash((1, 2)))


@dataclass(slots=True, weakref_slot=True)
class Weak:
    a: int
    b: int = field(init=False, default=7)


print(Weak.__slots__, Weak(1), Weak(1).b)
