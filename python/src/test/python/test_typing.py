import typing as t
from typing import *
import collections.abc
def e(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
# case: reprs
for x in [t.Any, t.Union[int, str], t.Optional[int], t.Union[int, None, str], t.Union[int], t.Union[int, t.Union[str, int]], t.List, t.List[int], t.Dict[str, t.List[int]], t.Tuple[int, ...], t.Tuple[()], t.Tuple[int, str], t.Callable[[int, str], float], t.Callable[..., int], t.Callable[[], None], t.Type[int], t.Literal[1, 'a', True], t.Literal[1, 1, 2], t.ClassVar[int], t.Final[str], t.Annotated[int, 'meta', 3], t.Annotated[t.Annotated[int, 1], 2], t.Iterable[int], t.Mapping[str, int], t.AbstractSet[int], t.Deque[int], t.DefaultDict[str, int], t.Counter[str], t.NoReturn, t.Never, t.Self, t.LiteralString, t.TypeAlias, T, TypeVar('T_co', covariant=True), TypeVar('T_contra', contravariant=True), t.AnyStr, t.Optional[t.List[T]][int], t.Dict[str, T][int], t.Union[int, list[int]], t.List['X'], t.ForwardRef('X'), t.Text, t.Sized, t.Callable, t.Generic, t.Protocol, t.Hashable, t.Generator[int, None, None], t.Concatenate, t.Generic[T], t.Union[T, int][str], t.FrozenSet[int], t.ChainMap[str, int], t.OrderedDict[str, int], t.Awaitable[int], t.Coroutine[int, int, int]]:
    print(repr(x))
# case: errors
e(lambda: List[int, str]); e(lambda: Dict[int]); e(lambda: isinstance([], List[int])); e(lambda: List()); e(lambda: Union[()]); e(lambda: Optional[int, str]); e(lambda: Callable[int, str]); e(lambda: Callable[int]); e(lambda: Generic[int]); e(lambda: Generic[T, T]); e(lambda: isinstance(1, Any)); e(lambda: ClassVar[int, str]); e(lambda: Annotated[int]); e(lambda: TypeVar('X', int)); e(lambda: Final[int, int]); e(lambda: t.Sized[int]); e(lambda: t.Union(1)); e(lambda: t.NoReturn[int]); e(lambda: TypeVar('X', int, str, bound=int)); e(lambda: TypeVar('X', covariant=True, contravariant=True)); e(lambda: t.Any())
e(lambda: issubclass(int, t.Union)); e(lambda: type('X', (t.Union,), {}))
# case: isinstance_and_origin
print(isinstance([], t.List), isinstance({}, t.Dict), issubclass(list, t.Sequence), isinstance(1, t.Union[int, str]), isinstance(1.0, t.Optional[int]), isinstance(None, t.Optional[int]), isinstance(iter([]), t.Iterator), isinstance(1, t.Hashable))
for x in [t.List[int], t.Dict[str, int], t.Union[int, str], t.Optional[int], t.Callable[[int], str], t.Callable[..., str], t.Annotated[int, 'x'], t.Literal[1], list[int], int | str, t.Generic, int, t.ClassVar[int], t.Tuple[int, ...], t.Tuple[()], T, t.Generic[T]]:
    print(repr(t.get_origin(x)), repr(t.get_args(x)))
print(t.Union[int, str] == t.Union[str, int], t.Optional[int] == t.Union[None, int], t.List[int] == t.List[int], t.List[int] == list[int], t.Literal[1, 2] == t.Literal[2, 1], hash(t.Union[int, str]) == hash(t.Union[str, int]), t.Union[int, str] == (int | str))
print(t.List[int].__origin__, t.List[int].__args__, t.List[T].__parameters__, t.Dict[K, V][str, int], t.Union[int, str].__args__, t.Annotated[int, 'a'].__metadata__, t.Annotated[int, 'a'].__origin__)
print(t.Optional[int] | str, int | t.List[int], t.List[int] | None)
# case: generic_user_classes
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box[int], Box[int](3).item, Box.__parameters__, Box.__orig_bases__, Box.__mro__, Box[int].__origin__ is Box, Box[int].__args__)
e(lambda: Box[int, str]); e(lambda: Box[int][str])
b = Box[int](5); print(b.__orig_class__)
class Pair(Generic[K, V]): pass
class StrPair(Pair[str, V]): pass
print(Pair[int, str], StrPair.__parameters__, StrPair[int], StrPair.__mro__)
class MyList(List[T]): pass
print(MyList.__mro__, MyList[int], MyList([1, 2]))
class MyDict(t.Dict[str, int]): pass
print(MyDict.__mro__, MyDict(a=1))
try:
    class Bad(Generic[T], Generic[K]): pass
except TypeError as ex:
    print(ex)
try:
    class Bad2(List[T], Generic[K]): pass
except TypeError as ex:
    print(ex)
# case: protocols
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
class G: pass
print(isinstance(F(), Closable), isinstance(G(), Closable), issubclass(F, Closable), isinstance(1, t.SupportsInt), isinstance('x', t.SupportsInt), isinstance(1.5, t.SupportsFloat), isinstance(3, t.SupportsIndex), isinstance(2, t.SupportsAbs))
class NotRT(Protocol):
    def meth(self): ...
e(lambda: isinstance(F(), NotRT)); e(lambda: NotRT()); e(lambda: runtime_checkable(F))
@runtime_checkable
class HasX(Protocol):
    x: int
class WithX:
    x = 1
print(isinstance(WithX(), HasX), isinstance(G(), HasX))
e(lambda: issubclass(WithX, HasX))
class Impl(Closable):
    def __init__(self, v): self.v = v
print(Impl(4).v, isinstance(Impl(1), Closable), sorted(Closable.__protocol_attrs__))
class GP(Protocol[T]):
    def get(self) -> T: ...
print(GP[int], GP.__parameters__)
# case: namedtuple_typeddict
class Emp(NamedTuple):
    name: str
    id: int = 3
    def describe(self): return f'{self.name}#{self.id}'
print(Emp('a'), Emp('b', 5).describe(), Emp._fields, Emp._field_defaults, Emp.__annotations__, isinstance(Emp('a'), tuple), Emp.__mro__)
N2 = NamedTuple('N2', [('a', int), ('b', str)])
print(N2(1, 'x'), N2.__annotations__, N2._fields)
N3 = NamedTuple('N3', x=int)
print(N3(2))
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print(ex)
try:
    class BadNT2(NamedTuple):
        a: int
        def _replace(self): pass
except AttributeError as ex:
    print(ex)
class Movie(TypedDict):
    name: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m = Movie(name='x', year=1)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, sorted(Movie2.__optional_keys__), sorted(Movie2.__required_keys__), Movie2.__total__, Movie.__annotations__, t.is_typeddict(Movie), t.is_typeddict(dict))
e(lambda: isinstance({}, Movie))
TD = TypedDict('TD', {'a': int, 'b': NotRequired[str]})
print(sorted(TD.__required_keys__), sorted(TD.__optional_keys__), TD(a=1))
class TD3(TypedDict, total=False):
    a: Required[int]
    b: str
print(sorted(TD3.__required_keys__), sorted(TD3.__optional_keys__))
# case: helpers
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None)
try:
    class Sub(UserId): pass
except TypeError as ex:
    print(ex)
print(t.cast(int, 'x'), t.cast('str', 1), t.assert_type(3, int), t.TYPE_CHECKING)
@t.overload
def f(x: int) -> int: ...
@t.overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), len(t.get_overloads(f)))
try:
    t.overload(lambda: 1)()
except NotImplementedError as ex:
    print(ex)
@t.final
class Fin: pass
print(Fin.__final__)
try:
    t.assert_never(3)
except AssertionError as ex:
    print(ex)
class A:
    x: int
    y: 'str'
    z: t.Annotated[int, 'meta']
class B(A):
    w: 'List[int]'
print(t.get_type_hints(B, globals()), t.get_type_hints(B, globals(), include_extras=True)['z'])
def g(a: 'int', b: t.Optional['A'] = None) -> 'Dict[str, int]': pass
print(t.get_type_hints(g))
P = ParamSpec('P')
print(P, P.args, P.kwargs, t.Callable[P, int], t.Callable[t.Concatenate[int, P], int], t.get_args(t.Callable[P, int]))
@t.no_type_check
def ntc(a: 'whatever'): pass
print(t.get_type_hints(ntc), ntc.__no_type_check__)
Ts = t.TypeVarTuple('Ts')
print(Ts, t.Unpack[Ts], t.Required[int], t.NotRequired[int], t.TypeGuard[int])
print(sorted(t.__all__) == sorted(t.__all__), 'List' in t.__all__)
