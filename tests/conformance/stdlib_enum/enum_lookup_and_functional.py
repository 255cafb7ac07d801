# Looking members up (values, names, _missing_) and the functional API.
from enum import Enum, IntEnum, Flag, StrEnum


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e, '| context:', repr(e.__context__))


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


show('by value', lambda: Color(2))
show('by name', lambda: Color['CRIMSON'])
show('member itself', lambda: Color(Color.RED))
show('bad value', lambda: Color(7))
show('bad name', lambda: Color['BLUE'])
show('two args', lambda: Color(1, 2))
show('float alias', lambda: Color(1.0))
print(1 in Color, Color.RED in Color, 7 in Color, 'RED' in Color, list(reversed(Color)))


class Unhashable(Enum):
    A = []
    B = [1]


show('unhashable', lambda: Unhashable([1]))
show('unhashable missing', lambda: Unhashable([2]))
show('unhashable in', lambda: [1] in Unhashable)


class Forgiving(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        if value == 0:
            return 'zero'
        if value == 9:
            raise RuntimeError('nine!')
        if value == 8:
            raise ValueError('eight!')
        return None


for v in ('one', 'three', 0, 9, 8, 5):
    show('missing %r' % (v,), lambda: Forgiving(v))

show('empty enum', lambda: Enum(5))
Animal = Enum('Animal', 'ANT, BEE CAT')
Pet = Enum('Pet', [('DOG', 'd'), ('CAT', 'c')])
Num = IntEnum('Num', {'A': 10, 'B': 20})
Zeroed = Enum('Zeroed', ['x', 'y'], start=0)
Typed = Enum('Typed', 'P Q', type=int)
Bits = Flag('Bits', 'R W X')
Letters = StrEnum('Letters', 'Alpha Beta')
Named = Enum('Named', 'a b', module='mod', qualname='Outer.Named')
for e in (Animal, Pet, Num, Zeroed, Typed, Bits, Letters):
    print(repr(e), list(e))
print(Pet('c'), Num.A + 1, Typed.Q * 3, Bits.R | Bits.X, Letters.Beta.upper(), Named.__module__, Named.__qualname__)
print(list(Enum('Empty', ())), len(Enum('Empty', names=[])))
show('dup name', lambda: Enum('D', 'a b a'))
show('bad names', lambda: Enum('D', 5))
show('bad pair', lambda: Enum('D', [5]))
show('lookup with names', lambda: Color('X', 'a b'))
