import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, InitVar, KW_ONLY, FrozenInstanceError
from typing import ClassVar, List
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
# case: basics
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, repr=False)
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p == Point(1, 3), p != (1, 2), Point.__doc__, Point.__match_args__, Point.__hash__, Point.y)
print([f.name for f in fields(p)], fields(Point)[2].default_factory is list, asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__dataclass_params__, repr(fields(Point)[0].type), fields(Point)[1].default, fields(Point)[0].metadata)
t(lambda: Point())
t(lambda: Point(1, 2, [], 4))
t(lambda: Point(1, z=2))
t(lambda: replace(p, z=3))
t(lambda: asdict(3))
t(lambda: astuple(Point))
t(lambda: fields(3))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
# case: frozen_order_hash
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'x'
f1 = F(1); f2 = F(1, 'y')
print(f1 < f2, f1 <= f1, f2 > f1, sorted([f2, f1]), hash(f1) == hash((1, 'x')), {f1: 1}[F(1)])
t(lambda: setattr(f1, 'a', 2))
t(lambda: delattr(f1, 'a'))
t(lambda: f1 < 3)
print(isinstance(FrozenInstanceError(), AttributeError))
@dataclass(unsafe_hash=True)
class U:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, default=0)
print(hash(U(1, 2)) == hash((1,)), U(1, 2) == U(1, 3), U(1, 2, 3) == U(1, 2, 4))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class ExplicitHash:
    a: int
    def __hash__(self): return 7
print(hash(ExplicitHash(1)))
t(lambda: dataclass(order=True, eq=False)(type('Q', (), {})))
try:
    @dataclass(unsafe_hash=True)
    class Both:
        a: int
        def __hash__(self): return 1
except TypeError as e:
    print(e)
try:
    @dataclass(order=True)
    class Lt:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print(e)
# case: errors_and_defaults
for body in ['x: list = []', 'x: int = 1\n    y: int', 'x: int = field(default=1, default_factory=int)', 'x = field()']:
    try:
        exec('@dataclass\nclass C:\n    ' + body, {'dataclass': dataclass, 'field': field})
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
@dataclass
class D:
    a: int = field(default=5, init=False)
    b: int = field(default=1, repr=False, metadata={'k': 'v'})
print(D(), D(2).b, D().a, fields(D)[1].metadata, fields(D)[1].metadata['k'])
print(repr(fields(D)[0]).replace(repr(dataclasses.MISSING), 'MISSING'))
# case: post_init_initvar_classvar
@dataclass
class C:
    x: int
    scale: InitVar[int] = 2
    total: int = field(init=False)
    count: ClassVar[int] = 0
    def __post_init__(self, scale):
        self.total = self.x * scale
        C.count += 1
c = C(3); print(c, c.total, C(1, 10).total, C.count, [f.name for f in fields(C)], 'scale' in C.__dataclass_fields__, C.__dataclass_fields__['count']._field_type, C.__dataclass_fields__['scale']._field_type)
print(repr(InitVar[int]), repr(InitVar[List[int]]))
t(lambda: replace(c, total=1))
print(replace(c, scale=3).total)
@dataclass
class S:
    a: 'ClassVar[int]' = 3
    b: 'InitVar[int]' = 1
    c: 'int' = 2
print([f.name for f in fields(S)], S.__dataclass_fields__['a']._field_type, S.__dataclass_fields__['b']._field_type)
# case: inheritance_kwonly
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)], Derived.__match_args__, Derived.__doc__)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__match_args__)
t(lambda: K(1))
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = field(default=3, kw_only=False)
print(K2(1, 9, b=2), K2.__doc__, K2.__match_args__)
@dataclass
class K3:
    a: int = field(kw_only=True)
    b: int = 0
print(K3(5, a=1), K3.__doc__)
@dataclass(frozen=True)
class FB:
    a: int
try:
    @dataclass
    class NF(FB):
        b: int
except TypeError as e:
    print(e)
# case: slots_misc
@dataclass(slots=True)
class Sl:
    a: int
    b: str = 'q'
s = Sl(1); print(s, Sl.__slots__, hasattr(s, '__dict__'))
t(lambda: setattr(s, 'zz', 1))
@dataclass(frozen=True, slots=True)
class FS:
    a: int
import copy
print(copy.deepcopy(FS(1)), FS(2).__getstate__())
@dataclass
class Nested:
    p: Point
    items: list
    mapping: dict
n = Nested(Point(1), [Point(2), (3, 4)], {'k': Point(5)})
print(asdict(n))
print(astuple(n))
from collections import namedtuple, OrderedDict
NT = namedtuple('NT', 'a b')
@dataclass
class WithNT:
    t: NT
print(asdict(WithNT(NT(Point(1), 2))), asdict(Point(1), dict_factory=OrderedDict), astuple(Point(1, 2), tuple_factory=list))
M = make_dataclass('M', ['a', ('b', int), ('c', int, field(default=3))], namespace={'double': lambda self: self.c * 2})
print(M(1, 2), M(1, 2).double(), M.__doc__, M.__module__)
t(lambda: make_dataclass('Bad', ['a', 'a']))
t(lambda: make_dataclass('Bad', ['class']))
@dataclass
class Rec:
    me: object = None
r = Rec(); r.me = r; print(r)
@dataclass(repr=False, init=False)
class Bare:
    a: int = 1
print(Bare().a, repr(Bare()).startswith('<'), Bare.__init__ is object.__init__)
@dataclass
class WithSelf:
    self: int
print(WithSelf(3))
@dataclass
class Desc:
    a: int = 5
    def method(self): return self.a
print(Desc().method(), dataclasses.MISSING is not None, repr(dataclasses.field(default=1).default))
match Point(1, 2):
    case Point(x, y):
        print('matched', x, y)
