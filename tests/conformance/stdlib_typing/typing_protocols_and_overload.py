from typing import Protocol, runtime_checkable, overload, TYPE_CHECKING, NewType, Annotated, get_type_hints, Self, TypeAlias
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self): pass
print(isinstance(File(), Closeable), isinstance(5, Closeable), TYPE_CHECKING)
UserId = NewType("UserId", int)
print(UserId(5), type(UserId(5)).__name__, UserId.__name__)
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x): return x * 2
print(double(2), double("ab"))
def g(x: Annotated[int, "meta"]) -> None: pass
print(get_type_hints(g), get_type_hints(g, include_extras=True))
type Pair[T] = tuple[T, T]
print(Pair, Pair.__value__, Pair[int])
def first[T](xs: list[T]) -> T: return xs[0]
print(first([3, 4]), first.__type_params__)
