# The methods @dataclass writes: names, signatures (as __doc__), annotations, hash rules, frozen.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, FrozenInstanceError
import typing


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list, repr=False)
    code: InitVar[int] = 0
    limit: typing.ClassVar[int] = 10
    _: KW_ONLY
    note: typing.Optional[str] = None

    def __post_init__(self, code):
        self.code_seen = code


item = Item('pen', 1.5, ['a'], 7, note='x')
print(item, item.tags, item.code_seen, Item.limit, Item.price, hasattr(Item, 'tags'))
print(Item.__doc__)
print(Item.__init__.__annotations__)
print(Item.__match_args__, [f.name for f in fields(Item)], list(Item.__dataclass_fields__))
print(Item.__init__.__qualname__, Item.__repr__.__qualname__, Item.__eq__.__qualname__,
      Item.__init__.__name__, Item.__init__.__defaults__, Item.__init__.__kwdefaults__)
print(Item.__dataclass_params__)
f = Item.__dataclass_fields__['price']
print(f.name, f.type, f.default, f.init, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only, f._field_type)
print(Item.__dataclass_fields__['code']._field_type, Item.__dataclass_fields__['limit']._field_type, repr(InitVar[int]), repr(InitVar[typing.List[int]]))
print(item == Item('pen', 1.5, ['a'], note='x'), item == ('pen',), Item.__eq__(item, 1), Item.__hash__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
    build: int = field(default=0, hash=False)


v = Version(1, 2, 'rc', 5)
print(v < Version(1, 3), v <= Version(1, 2, 'x', 5), v == Version(1, 2, 'other', 5), Version.__lt__(v, 1))
print(hash(v) == hash((1, 2)), Version.__hash__.__qualname__, Version.__setattr__.__qualname__)
for action in (lambda: setattr(v, 'major', 3), lambda: delattr(v, 'minor'), lambda: setattr(v, 'extra', 1)):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, isinstance(e, AttributeError), e)

for options in ({}, {'eq': False}, {'frozen': True}, {'unsafe_hash': True}, {'eq': False, 'frozen': True}):
    @dataclass(**options)
    class H:
        x: int
    print(options, 'hash:', 'None' if H.__hash__ is None else 'object' if H.__hash__ is object.__hash__ else 'generated')


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(root)
print(root, Node.__repr__.__wrapped__.__qualname__)


@dataclass
class Self:
    self: int


print(Self(3), Self.__doc__)
