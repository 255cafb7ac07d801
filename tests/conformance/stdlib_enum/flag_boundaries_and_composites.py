# Flag values no member has: STRICT, CONFORM, EJECT and KEEP; negative values; inversion.
import enum
from enum import Flag, IntFlag


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


class Strict(Flag):
    A = 1
    B = 4


class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 4


class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 4


class Keep(Flag, boundary=enum.KEEP):
    A = 1
    B = 2


class Ints(IntFlag):
    A = 1
    B = 4


for cls in (Strict, Conform, Eject, Keep, Ints):
    print(repr(cls), cls._boundary_, cls._flag_mask_, cls._singles_mask_, cls._all_bits_)
    for v in (5, 2, 7, 8, 16, -1, -3, -8, -9):
        show('  %s(%d)' % (cls.__name__, v), lambda: cls(v))
    for v in (0, 1, 4, 5):
        try:
            print('  ~%s(%d) ->' % (cls.__name__, v), repr(~cls(v)))
        except ValueError as e:
            print('  ~ raised', e)

show('not an int', lambda: Strict('x'))
show('float', lambda: Strict(2.5))


class Multi(Flag):
    A = 1
    B = 2
    AB = 3
    C = 4
    NONE = 0


print(list(Multi), repr(Multi(3)), repr(Multi(7)), str(Multi(7)), repr(~Multi.C), repr(Multi(0)))
print(list(Multi(7)), len(Multi(7)), Multi.AB in Multi(7), Multi(0) in Multi.A, Multi(5) is Multi(5))
print(dict(Multi.__members__), Multi._member_names_)


class Gappy(Flag, boundary=enum.KEEP):
    LOW = 1
    HIGH = 6


print(repr(Gappy(7)), repr(~Gappy.LOW), repr(Gappy(2)), len(Gappy(7)), Gappy._singles_mask_)


class Hex(IntFlag):
    _numeric_repr_ = hex
    A = 1


print(repr(Hex(17)), str(Hex(17)), repr(Hex(0)), format(Hex.A | 2, '>5'))
print(enum.bin(9), enum.bin(-9), enum.bin(0), enum.bin(5, 8), enum.bin(-1, 4), enum.show_flag_values(13))
show('show negative', lambda: enum.show_flag_values(-1))
