# global_enum and friends, unique/verify messages, enum.property, copying and pickling hooks.
import copy, enum, sys
from enum import Enum, IntEnum, IntFlag, Flag, StrEnum


@enum.global_enum
class Level(IntEnum):
    LOW = 1
    HIGH = 2


@enum.global_enum
class Mode(Enum):
    FAST = 'f'


@enum.global_enum
class Perm(IntFlag):
    R = 4
    W = 2


print(repr(Level.LOW), str(Level.LOW), repr(Mode.FAST), str(Mode.FAST), HIGH, FAST is Mode.FAST)
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm(8)), repr(Perm(0)), repr(Perm.R))
print(enum.global_str(Mode.FAST), enum.global_enum_repr(Level.HIGH))
print(enum.pickle_by_global_name(Level.LOW, 4), enum.pickle_by_enum_name(Mode.FAST, 4))


def check(label, make):
    try:
        print(label, 'ok', list(make()))
    except ValueError as e:
        print(label, 'ValueError:', e)


def dup():
    class D(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
    return D


check('unique', lambda: enum.unique(dup()))
check('verify unique', lambda: enum.verify(enum.UNIQUE)(dup()))
check('continuous', lambda: enum.verify(enum.CONTINUOUS)(Enum('E', [('A', 1), ('B', 2), ('C', 5)])))
check('continuous flag', lambda: enum.verify(enum.CONTINUOUS)(Flag('F', [('A', 1), ('B', 16)])))
check('continuous one', lambda: enum.verify(enum.CONTINUOUS)(Enum('E', [('A', 'x')])))
check('named flags', lambda: enum.verify(enum.NAMED_FLAGS)(Flag('F', [('A', 1), ('B', 2), ('C', 7)])))
check('named flags 2', lambda: enum.verify(enum.NAMED_FLAGS)(Flag('F', [('A', 1), ('C', 12), ('D', 17)])))
check('named flags ok', lambda: enum.verify(enum.NAMED_FLAGS, enum.UNIQUE)(Flag('F', [('A', 1), ('B', 2), ('AB', 3)])))
print(list(enum.EnumCheck), repr(enum.NAMED_FLAGS), list(enum.FlagBoundary), str(enum.KEEP))


class Shade(Enum):
    DARK = 1
    LIGHT = 2

    @enum.property
    def label(self):
        return self.name.title()


print(Shade.DARK.label, Shade.DARK.name, Shade.LIGHT.value)
for action in (lambda: Shade.label, lambda: Shade.name, lambda: setattr(Shade.DARK, 'label', 'x'),
               lambda: setattr(Shade.DARK, 'name', 'x'), lambda: delattr(Shade.DARK, 'value'),
               lambda: setattr(Shade, 'DARK', 3), lambda: delattr(Shade, 'LIGHT')):
    try:
        print(action())
    except AttributeError as e:
        print('AttributeError:', e)
print(copy.copy(Shade.DARK) is Shade.DARK, copy.deepcopy([Shade.LIGHT])[0] is Shade.LIGHT,
      Shade.DARK.__reduce_ex__(4), (Perm.R | Perm.W).__reduce_ex__(4))
print(Shade.DARK.LIGHT, sorted(Shade, key=lambda s: -s.value), dict(Shade.__members__))
print(isinstance(Shade, enum.EnumType), enum.EnumMeta is enum.EnumType, type(Shade).__name__,
      issubclass(enum.StrEnum, enum.ReprEnum), enum.IntFlag.__mro__[1:3])
