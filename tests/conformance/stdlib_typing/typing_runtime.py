from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, TypedDict, Literal, get_type_hints, get_origin, get_args, cast, Final
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
print(Box[int](5).get(), Box.__parameters__, Box[int].__origin__ is Box)
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str], Literal["a", "b"])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(int | None))
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp("a"), Emp._fields, Emp.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 2000}
print(m, Movie.__required_keys__ == {"title", "year"})
def f(a: int, b: "str") -> Optional[List[int]]: return None
print(get_type_hints(f))
print(cast(int, "not really"), Any, T, repr(T), Final)
