# typing: user generics, aliases of builtins and ABCs, and type-variable substitution
# (TypeVar, ParamSpec, TypeVarTuple, Concatenate), with CPython's reprs and errors.
from typing import (Generic, TypeVar, ParamSpec, TypeVarTuple, Concatenate, Callable, Tuple,
                    List, Dict, Union, Optional, Unpack, Iterable, Sized, Protocol)
import typing

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e))

T = TypeVar('T'); S = TypeVar('S'); P = ParamSpec('P'); Ts = TypeVarTuple('Ts')

class Box(Generic[T]):
    def __init__(self, item=None): self.item = item
class Pair(Generic[T, S]): pass
class Named(Pair[str, S]): pass
class Listy(List[T]): pass
class Both(Iterable[int], Sized): pass
print(Box[int], Box[int]().__orig_class__, Box.__parameters__, Pair[int, S].__parameters__)
print(Named.__parameters__, Named.__orig_bases__, Named[bytes], Named.__mro__)
print(Listy.__mro__, Listy[int], Listy([1, 2]), Both.__mro__)
print(Box[int] == Box[int], Box[int] is Box[int], Box[int] != Box[str], Box[int].__origin__ is Box)
print(Box[int].__name__, Box[int].__qualname__, Box[int].__module__, List[int].__name__)
attempt(lambda: Box[int, str]); attempt(lambda: Box[int][str]); attempt(lambda: Box[()])
attempt(lambda: Generic[T][int]); attempt(lambda: Generic[int]); attempt(lambda: Generic[T, T])
attempt(lambda: Generic[()]); attempt(lambda: isinstance(Box(), Box[int]))
for bad in ('class X(Generic): pass', 'class X(Generic[T], Generic[S]): pass',
            'class X(Pair[T, S], Generic[T]): pass', 'class X(Union[int, str]): pass',
            'class X(T): pass'):
    try:
        exec(bad)
    except TypeError as e:
        print('TypeError', e)

print(Dict[T, List[S]].__parameters__, Dict[T, List[S]][int, str], Dict[T, list[S]][int, bytes])
print(Union[T, int][str], Optional[T][int], Union[T, S][int, int], List[T][S], Tuple[T, ...][int])
print(Tuple[T, S][int, str], Tuple[List[T], T][int], Tuple[()], Tuple[int, ...].__args__)
attempt(lambda: List[T][int, str]); attempt(lambda: List[int][int]); attempt(lambda: Dict[int])
attempt(lambda: Tuple[T][typing.ClassVar[int]]); attempt(lambda: Sized[int])

print(Callable[[T], S][int, str], Callable[P, T][[int, str], bytes], Callable[P, T][..., bytes])
print(Callable[P, int][int], Callable[P, int][int, str], Callable[Concatenate[int, P], int][[str]])
print(Callable[[int], Callable[[T], S]][str, bytes], Callable[P, int].__parameters__)
print(Callable[int, str], Callable[[], None], Callable[..., T][int])
print(Callable[[int], str].__args__, Callable[..., str].__args__, Callable[[int], str] == Callable[[int], str])
attempt(lambda: Callable[[int]]); attempt(lambda: Callable[[int], str][int])
attempt(lambda: Concatenate[int]); attempt(lambda: Concatenate[()]); print(Concatenate[int, ...])

class PBox(Generic[P]): pass
print(PBox[[int, str]], PBox[int, str], PBox[...], PBox[int], PBox[[int]].__args__, PBox[P])
attempt(lambda: P.__typing_subst__(3)); print(P.args, P.kwargs, P.args == P.args, P.args.__origin__)

class TBox(Generic[*Ts]): pass
class Mixed(Generic[T, *Ts]): pass
print(TBox[int, str], TBox[()], TBox[int, str].__args__, TBox.__parameters__, Mixed[int])
print(Mixed[int, str, bytes], Tuple[*Ts], Tuple[int, Unpack[Ts]][str, bytes], Tuple[T, *Ts][int])
attempt(lambda: Mixed[()]); print(list(Ts), Unpack[Ts].__args__, Unpack[Ts].__parameters__)
attempt(lambda: Ts.__typing_subst__(int))

class GP(Protocol[T]):
    def get(self) -> T: ...
print(GP[int], GP.__parameters__, GP.__mro__, Protocol[T])
attempt(lambda: Protocol[int])
print(typing.get_origin(Box[int]), typing.get_args(Pair[int, str]), typing.get_args(PBox[[int]]))
