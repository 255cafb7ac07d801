# typing: Protocol (runtime checks of methods and data members, instantiation rules),
# NamedTuple (class and functional forms) and TypedDict (totality, Required/NotRequired).
import typing
from typing import (Protocol, runtime_checkable, NamedTuple, TypedDict, Generic, TypeVar,
                    Required, NotRequired, Annotated, List)
import collections.abc

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e))

T = TypeVar('T')

@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class HasData(Protocol):
    size: int
    def grow(self): ...
class File:
    def close(self): pass
class Disabled:
    close = None
print(isinstance(File(), Closer), issubclass(File, Closer), isinstance(1, Closer), isinstance(Disabled(), Closer))
print(issubclass(Disabled, Closer), sorted(HasData.__protocol_attrs__), HasData._is_protocol, Closer._is_runtime_protocol)
attempt(lambda: isinstance(File(), HasData)); attempt(lambda: issubclass(File, HasData))
attempt(lambda: issubclass(1, Closer)); attempt(lambda: Closer()); attempt(lambda: runtime_checkable(File))
runtime_checkable(HasData)
class Sized3:
    size = 3
    def grow(self): pass
class InstanceData:
    def __init__(self): self.size = None
    def grow(self): pass
class ViaGetattr:
    def __getattr__(self, name): return 1
print(isinstance(Sized3(), HasData), isinstance(InstanceData(), HasData), isinstance(ViaGetattr(), HasData))
attempt(lambda: issubclass(Sized3, HasData))

class Impl(Closer):
    def close(self): return 'closed'
class WithInit(Closer):
    def __init__(self, v): self.v = v
class Sub(Closer, Protocol):
    def flush(self): ...
print(Impl().close(), isinstance(Impl(), Closer), Impl.__init__ is object.__init__, WithInit(4).v)
print(Impl._is_protocol, Sub._is_protocol, sorted(Sub.__protocol_attrs__), Sub._is_runtime_protocol)
try:
    class Bad(Protocol, int): pass
except TypeError as e:
    print('TypeError', e)
class IterProto(Protocol, collections.abc.Iterable): pass
print(IterProto.__mro__, issubclass(list, collections.abc.Iterable))
# abc walks Iterable's subclasses, IterProto among them: it may ask a non-runtime protocol
print(issubclass(int, collections.abc.Iterable), isinstance(3, collections.abc.Iterable))
print([isinstance(v, typing.SupportsInt) for v in (1, 2.5, 'x')], isinstance(2.5, typing.SupportsFloat),
      isinstance(3, typing.SupportsIndex), isinstance(-1, typing.SupportsAbs), isinstance(1.5, typing.SupportsRound),
      typing.SupportsAbs[int], sorted(typing.SupportsRound.__protocol_attrs__))

class Employee(NamedTuple):
    name: str
    dept: 'str' = 'eng'
    tags: List[str] = []
    def badge(self): return f'{self.name}@{self.dept}'
    @property
    def upper(self): return self.name.upper()
print(Employee('ann'), Employee('bo', 'ops').badge(), Employee('cy').upper, Employee._fields, Employee._field_defaults)
print(Employee.__annotations__, Employee.__mro__, Employee.__orig_bases__ == (NamedTuple,), Employee('d')._replace(dept='x'))
Point = NamedTuple('Point', [('x', int), ('y', int)])
Point3 = NamedTuple('Point3', x=int, y=int, z=int)
print(Point(1, 2), Point.__annotations__, Point3(1, 2, 3), NamedTuple('Empty', [])._fields, Point.__module__)
class Pair(NamedTuple, Generic[T]):
    first: T
    second: T
print(Pair[int], Pair(1, 2), Pair.__parameters__, Pair.__mro__)
attempt(lambda: NamedTuple('A', [('x', int)], y=int)); attempt(lambda: NamedTuple('A', [('_x', int)]))
attempt(lambda: NamedTuple('A', [('x', int), ('x', str)]))
for body in ('a: int = 1\n    b: int', 'a: int\n    def _replace(self): pass', 'a: int\n    _b: int'):
    try:
        exec(f'class Bad(NamedTuple):\n    {body}')
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Mixed(NamedTuple, int): pass
except TypeError as e:
    print('TypeError', e)

class Movie(TypedDict):
    title: str
    year: NotRequired[int]
class Rated(Movie, total=False):
    stars: Required[float]
    note: Annotated[NotRequired[str], 'free text']
    votes: int
m = Movie(title='x')
print(m, type(m), Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__, Rated.__total__)
print(sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), Rated.__annotations__)
print(Movie.__mro__, Movie.__orig_bases__ == (TypedDict,), typing.is_typeddict(Movie), typing.is_typeddict(dict))
attempt(lambda: isinstance({}, Movie)); attempt(lambda: issubclass(dict, Movie))
Alt = TypedDict('Alt', {'a': int, 'b': NotRequired[str]}, total=True)
print(Alt(a=1), sorted(Alt.__required_keys__), sorted(Alt.__optional_keys__), Alt.__module__, TypedDict('F', {'x': 'int'}).__annotations__)
attempt(lambda: TypedDict('F', {'x': int}, y=str)); attempt(lambda: TypedDict('F', {'x': typing.ClassVar[int]}))
try:
    class Both(TypedDict, dict): pass
except TypeError as e:
    print('TypeError', e)
class Box(TypedDict, Generic[T]):
    item: T
print(Box[int], Box.__parameters__, Box.__mro__, typing.is_typeddict(Box[int]))
