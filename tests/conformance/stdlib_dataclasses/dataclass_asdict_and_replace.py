# asdict/astuple (nested values, namedtuples, defaultdicts, factories) and replace().
import collections
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar


@dataclass
class Leaf:
    v: list


@dataclass
class Tree:
    name: str
    items: list
    mapping: dict
    pair: tuple
    counts: collections.defaultdict
    leaf: Leaf


NT = collections.namedtuple('NT', 'p q')
t = Tree('n', [Leaf([1]), 2], {'k': Leaf([3])}, NT(Leaf([4]), 5),
         collections.defaultdict(list, {'a': [1]}), Leaf([6]))
d = asdict(t)
print(d, type(d['pair']).__name__, d['counts'].default_factory, d['leaf']['v'] is t.leaf.v)
print(astuple(t))
print(asdict(Leaf([1]), dict_factory=lambda pairs: ('made', pairs)), astuple(Leaf([2]), tuple_factory=list))
for fn in (asdict, astuple, replace, fields):
    try:
        fn(Leaf)
    except TypeError as e:
        print(fn.__name__, 'TypeError:', e)


@dataclass
class Config:
    host: str
    port: int = 80
    debug: bool = field(init=False, default=False)
    secret: InitVar[str] = 'x'
    token: InitVar[str] = None

    def __post_init__(self, secret, token):
        self.seen = (secret, token)


c = Config('h', secret='s', token='t')
print(replace(c, port=8080), replace(c, port=1).seen)
for changes in ({'debug': True}, {'nope': 1}):
    try:
        replace(c, **changes)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
