from dataclasses import dataclass, field, is_dataclass, InitVar
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Child(Base):
    z: int = 5
    y: int = 100
print(Child(1), Child(1, 2, 3), is_dataclass(Child), is_dataclass(Child(1)), is_dataclass(int))
@dataclass
class WithInit:
    value: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale): self.value *= scale
print(WithInit(3, 4), WithInit(3))
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
@dataclass
class Nested:
    items: list = field(default_factory=lambda: [1, 2])
    meta: dict = field(default_factory=dict, metadata={"doc": "m"})
n = Nested()
print(n, Nested.__dataclass_fields__["meta"].metadata["doc"])
