from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
v = Version(1, 2)
print(v, sorted([Version(2), Version(1, 5), v]), v < Version(1, 3), hash(v) == hash(Version(1, 2)), {v: 1}[Version(1, 2)])
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
print(Mixed(1, b=5))
@dataclass(slots=True)
class Slotted:
    x: int
print(Slotted(1), hasattr(Slotted(1), "__dict__"), Slotted.__slots__)
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1))
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self): self.b = self.a * 10
print(Post(4))
