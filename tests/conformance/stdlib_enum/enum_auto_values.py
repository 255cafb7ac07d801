# What auto() stands for: Enum, StrEnum, Flag and custom _generate_next_value_.
import warnings
from enum import Enum, StrEnum, Flag, IntFlag, auto


def attempt(label, make):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(label, [(m.name, m.value) for m in make()])
        except Exception as e:
            print(label, type(e).__name__, e)
    for w in caught:
        print('   ', w.category.__name__, str(w.message).splitlines()[0])

def plain():
    class E(Enum):
        A = auto()
        B = auto()
        C = 10
        D = auto()
        E = 3
        F = auto()
    return E

def after_text():
    class E(Enum):
        A = 'a'
        B = auto()
        C = 1.5
        D = auto()
    return E

def tuples():
    class E(Enum):
        A = 'x', auto()
        B = auto(), 'y'
        C = auto()
    return E

def explicit():
    class E(Enum):
        A = auto()
        B = auto(7)
        C = auto()
    return E

def custom():
    class Reversed(Enum):
        def _generate_next_value_(name, start, count, last_values):
            return '%s-%d-%d' % (name[::-1], start, count)
        ONE = auto()
        TWO = auto()
    return Reversed

def strs():
    class S(StrEnum):
        FIRST_THING = auto()
        Second = auto()
    return S

def flags():
    class F(Flag):
        A = auto()
        B = 8
        C = auto()
        D = 3
        E = auto()
    return F

def bad_flag():
    class F(Flag):
        A = 1.5
        B = auto()
    return F

def int_flags():
    return IntFlag('I', 'P Q R')


for make in (plain, after_text, tuples, explicit, custom, strs, flags, bad_flag, int_flags):
    attempt(make.__name__, make)
print(repr(auto()), repr(auto(5)), auto().value)
