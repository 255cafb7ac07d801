# How members are built: data types, dataclass mixins, __new__ with _value_, __init__, dir().
import dataclasses
from enum import Enum, StrEnum


@dataclasses.dataclass
class Point:
    x: int
    y: int

class Corner(Point, Enum):
    ORIGIN = 0, 0
    FAR = 9, 9

print(repr(Corner.FAR), Corner.FAR.x, Corner.ORIGIN.value, Corner._member_type_.__name__)

class Coded(str, Enum):
    def __new__(cls, code, label):
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.label = label
        return obj
    OK = 'ok', 'All good'
    BAD = 'bad', 'Broken'

print(repr(Coded.BAD), Coded('ok').label, Coded.BAD == 'bad')

class Scaled(int, Enum):
    def __new__(cls, v):
        return int.__new__(cls, v * 100)
    A = 1

print(repr(Scaled.A), int(Scaled.A), Scaled.A.value)

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self._radius = radius
    @property
    def density_hint(self):
        return self.mass / self._radius

print(Planet.EARTH.mass, round(Planet.EARTH.density_hint), dir(Planet.EARTH), dir(Planet))

class Pair(tuple, Enum):
    P = (1, 2)
    Q = 3,

print(repr(Pair.P), Pair.Q.value, Pair.P[1], Pair((1, 2)))
for args in [(1,), ('a', 1), ('a', 'b', 'c', 'd')]:
    try:
        class Bad(StrEnum):
            X = args
    except TypeError as e:
        print('TypeError:', e)
