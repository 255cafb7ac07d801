from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    _id: int = field(default=0, repr=False, compare=False)
a = Item("pen", 1.5)
print(a, a == Item("pen", 1.5), a == Item("pen", 2), asdict(a), astuple(a), replace(a, price=9), [f.name for f in fields(a)])
a.tags.append("x")
print(Item("b").tags, a.tags, Item.__dataclass_fields__["price"].default)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(Item.__eq__ is not object.__eq__, Item.__hash__)
