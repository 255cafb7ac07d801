# typing: special forms (Union, Optional, Literal, Annotated, ClassVar, ...), TypeVar objects,
# ForwardRef, get_type_hints / get_origin / get_args, NewType and the small decorators.
import typing
from typing import (Any, Union, Optional, Literal, Annotated, ClassVar, Final, List, Dict,
                    TypeVar, ForwardRef, NewType, Required, NotRequired, get_type_hints,
                    get_origin, get_args, Callable, Tuple, ParamSpec, TypeVarTuple, Unpack)

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e))

T = TypeVar('T')
print(Union[int, str], Union[int, Union[str, bytes]], Union[int], Union[int, int, str], Optional[int])
print(Union[int, None, str], Optional[int] | str, int | List[int], List[int] | None, Union[int, str | bytes])
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), hash(Union[int, str]) == hash(Union[str, int]))
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]), issubclass(bool, Union[int, str]))
print(get_origin(Optional[int]), Union[int, str].__args__, Union[T, int].__parameters__, Union[int, None].__args__)
attempt(lambda: Union[()]); attempt(lambda: Optional[int, str]); attempt(lambda: Union(1))
attempt(lambda: issubclass(int, Union)); attempt(lambda: Union[int, typing.Generic]); attempt(lambda: Union[int, Union])
print(Literal[1, 'a', True], Literal[1, 2, 1], Literal[1, True].__args__, Literal[Literal[1, 2], 3])
print(Literal[1] == Literal[True], Literal[1, 2] == Literal[2, 1], Union[Literal[1], Literal[1]], Literal[None], Literal[()])
attempt(lambda: Literal[1][1]); attempt(lambda: isinstance(1, Literal[1]))
print(Annotated[int, 'a', 3], Annotated[Annotated[int, 1], 2], Annotated[int, 'a'].__metadata__, Annotated[int, 'a'].__origin__)
print(Annotated[T, 'x'][int], Annotated[List[T], 'x'][str], Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
attempt(lambda: Annotated[int]); attempt(lambda: Annotated()); attempt(lambda: Annotated[int, 1]())
print(ClassVar[int], Final[str], typing.TypeGuard[int], Required[int], NotRequired[str], typing.Unpack[int])
attempt(lambda: ClassVar[int, str]); attempt(lambda: Final[int, int]); attempt(lambda: Required[int, str])
attempt(lambda: List[ClassVar[int]]); attempt(lambda: ClassVar[Final[int]]); attempt(lambda: typing.Self[int])
attempt(lambda: ClassVar()); attempt(lambda: isinstance(1, ClassVar)); attempt(lambda: List[ClassVar])
print(Any, typing.NoReturn, typing.Never, typing.Self, typing.LiteralString, typing.TypeAlias, Any | int)
attempt(lambda: Any()); attempt(lambda: isinstance(1, Any)); attempt(lambda: typing.NoReturn[int])
class Anything(Any): pass
print(type(Anything()).__name__, issubclass(Anything, Any), Anything.__mro__)

B = TypeVar('B', bound=int); C = TypeVar('C', int, str); Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, B, C, Co, Contra, B.__bound__, C.__constraints__, Co.__covariant__, T.__name__, T | int, int | T)
attempt(lambda: TypeVar('X', int)); attempt(lambda: TypeVar('X', int, str, bound=int))
attempt(lambda: TypeVar('X', covariant=True, contravariant=True))
attempt(lambda: TypeVar('X', covariant=True, infer_variance=True))
P = ParamSpec('P'); Ts = TypeVarTuple('Ts')
print(P, P.args, P.kwargs, Ts, Unpack[Ts], [*Ts], P.__name__, Ts.__name__)

F = ForwardRef('List[int]')
print(F, F.__forward_arg__, F.__forward_evaluated__, F == ForwardRef('List[int]'), ForwardRef('x', module='m'))
print(F._evaluate(globals(), None, frozenset()), F.__forward_evaluated__, ForwardRef('int') | None, List['X'])
attempt(lambda: ForwardRef(3)); attempt(lambda: ForwardRef('1 +'))

class Base:
    x: int
    y: 'List[T]'
    z: ClassVar[int] = 1
    n: None
class Derived(Base):
    x: str
    w: Annotated['int', 'meta']
def func(a: 'int', b: Optional['Base'] = None, *args: 'str') -> 'Dict[str, int]': pass
print(get_type_hints(Base))
print(get_type_hints(Derived), get_type_hints(Derived, include_extras=True)['w'])
print(get_type_hints(func), list(get_type_hints(Derived)))
print(get_type_hints(lambda: 1), get_type_hints(len), get_type_hints(object))
attempt(lambda: get_type_hints(3)); attempt(lambda: get_type_hints(List))
def undefined(a: 'Nope'): pass
attempt(lambda: get_type_hints(undefined))
def extras(x: Annotated[Optional[int], 'm'] = None, y: 'Required[int]' = 1): pass
print(get_type_hints(extras), get_type_hints(extras, include_extras=True))
P2 = ParamSpec('P2')
for tp in (int, List, List[int], Dict[str, int], Union[int, str], Optional[int], Literal[1],
           Annotated[int, 1], ClassVar[int], ClassVar, Callable, Callable[[int], str],
           Callable[..., int], Callable[P2, int], Tuple[()], Tuple[int, ...], int | str,
           list[int], typing.Generic, P2.args, T, None, Unpack[Ts]):
    print(repr(tp), get_origin(tp), get_args(tp))

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None, NewType('a.b', int))
try:
    class Sub(UserId): pass
except TypeError as e:
    print('TypeError', e)

@typing.overload
def over(x: int) -> int: ...
@typing.overload
def over(x: str) -> str: ...
def over(x): return x
print(over(2), len(typing.get_overloads(over)), typing.get_overloads(len))
attempt(lambda: typing.overload(lambda: 1)())
typing.clear_overloads(); print(typing.get_overloads(over))
@typing.final
class Leaf: pass
class Child:
    @typing.override
    def m(self): pass
print(Leaf.__final__, Child.m.__override__, typing.final(3), typing.cast(int, 'x'), typing.assert_type(3, str))
attempt(lambda: typing.assert_never(3)); attempt(lambda: typing.assert_never('y' * 150))
@typing.no_type_check
def untyped(a: 'whatever'): pass
print(get_type_hints(untyped), untyped.__no_type_check__, typing.TYPE_CHECKING, typing.Text, typing.AnyStr)
@typing.dataclass_transform(kw_only_default=True)
def model(cls): return cls
print(model.__dataclass_transform__)
