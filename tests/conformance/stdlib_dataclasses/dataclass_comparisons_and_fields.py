from dataclasses import dataclass, field, fields, asdict, astuple
@dataclass(order=True)
class Card:
    sort_index: int = field(init=False, repr=False)
    rank: str
    suit: str
    def __post_init__(self):
        self.sort_index = "23456789TJQKA".index(self.rank) * 4 + "CDHS".index(self.suit)
cards = [Card("A", "S"), Card("2", "C"), Card("T", "H"), Card("2", "S")]
print(sorted(cards), max(cards), Card("5", "D") == Card("5", "D"), Card("5", "D") < Card("5", "H"))
print([(f.name, f.init, f.repr) for f in fields(Card)], asdict(cards[0]), astuple(cards[1]))
@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t, asdict(t))
print(Tree(1) == Tree(1, []), Tree(1) != Tree(2))
