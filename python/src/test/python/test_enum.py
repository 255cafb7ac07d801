import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
# case: basic_enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.GREEN:>12}|', Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], list(Color), len(Color), repr(Color))
print(Color.RED is Color(1), Color.RED == 1, Color.RED in Color, 2 in Color, 7 in Color, isinstance(Color.RED, Color), type(Color.RED), list(reversed(Color)))
print(Color.__members__, hash(Color.RED) == hash('RED'), Color.RED._name_, Color.RED._value_, Color._member_names_, bool(Color), bool(Color.RED))
for f in [lambda: Color(5), lambda: Color['Z'], lambda: setattr(Color, 'RED', 3), lambda: delattr(Color, 'RED'), lambda: Color.RED < Color.BLUE, lambda: setattr(Color.RED, 'name', 'x'), lambda: Color.name]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print({Color.RED: 1}[Color.RED], sorted(Color, key=lambda c: c.value, reverse=True))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED, Color.RED.__reduce_ex__(4))
# case: definition_errors
def attempt(body):
    try:
        ns = {'Enum': Enum, 'Flag': Flag, 'auto': auto, 'IntEnum': IntEnum}
        exec(body, ns)
        print('ok', ns.get('result'))
    except Exception as e:
        print(type(e).__name__, e)
attempt('class C(Enum):\n A = 1\nclass D(C):\n X = 1')
attempt('class E(Enum):\n A = 1\n A = 2')
attempt('class E(Enum):\n A = 1\n def A(self): pass')
attempt('class E(Enum):\n _order_ = "B A"\n A = 1\n B = 2')
attempt('class E(Enum):\n _order_ = "A B"\n A = 1\n B = 2\nresult = list(E)')
attempt('class E(Enum):\n _bad_ = 1')
attempt('class E(Enum):\n mro = 1')
attempt('class E(Enum):\n _ignore_ = "x i"\n x = 5\n for i in range(2): pass\n A = 1\nresult = (list(E), hasattr(E, "x"))')
attempt('class Base(Enum):\n def describe(self): return self.name.lower()\nclass E(Base):\n A = 1\nresult = E.A.describe()')
attempt('class E(IntEnum):\n A = "x"')
# case: aliases_unique_auto
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), list(Shape.__members__), Shape.ALIAS_FOR_SQUARE.name)
try:
    unique(Shape)
except ValueError as e:
    print(e)
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), A.W.value)
class L(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1]
    AB = auto()
    CD = auto()
print(list(L), repr(auto()))
class T(Enum):
    A = 'x', auto()
    B = auto(), 'y'
print(T.A.value, T.B.value)
class Mixed(Enum):
    A = 'a'
    B = auto()
print(Mixed.B.value if False else 'skip')
# case: intenum_strenum
class N(IntEnum):
    ONE = 1
    TWO = 2
print(repr(N.ONE), str(N.ONE), format(N.ONE), f'{N.TWO:03d}', N.ONE + 1, N.ONE == 1, N(2), N.TWO < 3, sorted([N.TWO, N.ONE]), int(N.TWO), N.ONE.real, isinstance(N.ONE, int), hash(N.ONE) == hash(1), [1, 2, 3][N.ONE])
class S(StrEnum):
    A = auto()
    B = 'bee'
print(repr(S.A), str(S.A), S.A, S.B.upper(), S.A == 'a', f'{S.B}!', S('bee'), S.A + 'x', list(S))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print(e)
class IE(int, Enum):
    X = 3
print(repr(IE.X), str(IE.X), format(IE.X), IE.X + 1)
class FE(float, Enum):
    PI = 3.14
print(repr(FE.PI), str(FE.PI), FE.PI * 2)
# case: custom_new_init
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), repr(Planet.MERCURY))
class Coord(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY, Coord.PY.label, Coord(1), repr(Coord.PX))
class Ordered(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
    A = 'a'
    B = 'b'
print(list(Ordered), Ordered(2))
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'a':
            return cls.A
        return None
print(M('a'))
try:
    M('q')
except ValueError as e:
    print(e)
class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
try:
    BadMissing(3)
except TypeError as e:
    print(e)
class TupleEnum(tuple, Enum):
    P = (1, 2)
print(TupleEnum.P, TupleEnum.P.value, TupleEnum((1, 2)), repr(TupleEnum.P))
# case: functional_api
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__, Animal.__qualname__)
Pet = Enum('Pet', [('DOG', 'd'), ('CAT', 'c')])
print(list(Pet), Pet('c'))
Num = IntEnum('Num', {'A': 10, 'B': 20})
print(list(Num), Num.A + 1, str(Num.B))
Z = Enum('Z', 'x,y', start=0)
print(list(Z), Enum('Q', ['a', 'b']).b.value)
try:
    Enum(5)
except Exception as e:
    print(type(e).__name__, e)
E2 = Enum('E2', 'A B', type=int)
print(repr(E2.A), E2.A + 1)
# case: flags
class P(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(P), P(3), repr(P(3)), repr(P(0)), str(P(0)), ~P.R, P.R in P.RWX, list(P.RWX), P.__members__, len(P.RWX), bool(P(0)), repr(P.R | P.W | P.X))
for f in [lambda: P(8), lambda: 1 in P.R, lambda: P.R | 1]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.RED | Color.BLUE, repr(Color.RED & Color.GREEN), Color.WHITE, Color(7), ~Color.RED, ~Color.WHITE, repr(~Color.WHITE), Color.RED ^ Color.WHITE, [c.value for c in Color])
print(repr(Color(0)), Color(0) in Color.RED, list(Color(5)), Color._flag_mask_, Color._all_bits_, Color._singles_mask_, Color.RED._name_)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), Perm.R | 8, repr(Perm(13)), Perm.R + 1, Perm(0), repr(Perm(0)), ~Perm.R, repr(~Perm.R), Perm.R & 6, 4 | Perm.W, list(Perm(7)), format(Perm.W))
class F2(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
print(repr(F2(7)), repr(F2(4)))
class F3(Flag, boundary=enum.EJECT):
    A = 1
    B = 2
print(F3(7), repr(F3(3)))
class F4(Flag, boundary=enum.KEEP):
    A = 1
    B = 2
print(repr(F4(7)), str(F4(12)))
class Zero(Flag):
    NONE = 0
    A = 1
    B = 2
print(list(Zero), repr(Zero(0)), repr(Zero.A & Zero.B), Zero.__members__)
print(repr(enum.Flag), repr(Perm), enum.STRICT, repr(enum.KEEP), enum.show_flag_values(11), list(enum.FlagBoundary))
# case: verify_misc
try:
    @enum.verify(enum.UNIQUE)
    class V(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    @enum.verify(enum.CONTINUOUS)
    class V2(Enum):
        A = 1
        C = 4
except ValueError as e:
    print(e)
class WithMember(Enum):
    A = 1
    helper = enum.nonmember(5)
    func = enum.member(lambda: 3)
print(list(WithMember)[0], len(WithMember), WithMember.helper, WithMember.func.value())
class Methods(Enum):
    A = 1
    def describe(self):
        return '%s=%s' % (self.name, self.value)
    @classmethod
    def first(cls):
        return next(iter(cls))
    @staticmethod
    def st():
        return 'st'
print(Methods.A.describe(), Methods.first(), Methods.st(), Methods.A.st())
print(isinstance(Methods, enum.EnumType), enum.EnumMeta is enum.EnumType, type(Methods).__name__)
class Sub(enum.ReprEnum):
    pass
try:
    class Bad2(enum.ReprEnum):
        A = 1
except TypeError as e:
    print(e)
class Inner:
    class In(Enum):
        A = 1
print(Inner.In.A, repr(Inner.In.A), Inner.In.__qualname__)
