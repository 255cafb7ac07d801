# What @dataclass refuses, with CPython's messages.
import dataclasses, typing
from dataclasses import dataclass, field, InitVar, KW_ONLY

CASES = [
    ('mutable list', '@dataclass\nclass A:\n x: list = []'),
    ('mutable dict', '@dataclass\nclass A:\n x: dict = {}'),
    ('mutable set', '@dataclass\nclass A:\n x: set = set()'),
    ('default order', '@dataclass\nclass A:\n x: int = 1\n y: int'),
    ('default order kw ok', '@dataclass\nclass A:\n x: int = 1\n y: int = field(kw_only=True)\nresult = A.__doc__'),
    ('both defaults', '@dataclass\nclass A:\n x: int = field(default=1, default_factory=int)'),
    ('no annotation', '@dataclass\nclass A:\n x = field()'),
    ('frozen from plain', '@dataclass\nclass A:\n x: int\n@dataclass(frozen=True)\nclass B(A):\n y: int'),
    ('plain from frozen', '@dataclass(frozen=True)\nclass A:\n x: int\n@dataclass\nclass B(A):\n y: int'),
    ('order without eq', '@dataclass(eq=False, order=True)\nclass A:\n x: int'),
    ('own __lt__', '@dataclass(order=True)\nclass A:\n x: int\n def __lt__(self, o): pass'),
    ('own __setattr__', '@dataclass(frozen=True)\nclass A:\n x: int\n def __setattr__(self, k, v): pass'),
    ('own __hash__', '@dataclass(unsafe_hash=True)\nclass A:\n x: int\n def __hash__(self): return 1'),
    ('KW_ONLY twice', '@dataclass\nclass A:\n _: KW_ONLY\n x: int\n y: KW_ONLY'),
    ('ClassVar factory', '@dataclass\nclass A:\n x: typing.ClassVar[list] = field(default_factory=list)'),
    ('ClassVar kw_only', '@dataclass\nclass A:\n x: typing.ClassVar[int] = field(default=1, kw_only=True)'),
    ('InitVar factory', '@dataclass\nclass A:\n x: InitVar[list] = field(default_factory=list)'),
    ('slots twice', '@dataclass(slots=True)\nclass A:\n __slots__ = ("x",)\n x: int'),
    ('weakref without slots', '@dataclass(weakref_slot=True)\nclass A:\n x: int'),
    ('own __init__ kept', '@dataclass\nclass A:\n x: int\n def __init__(self, a, b=2): self.x = a\nresult = (A(5), A.__doc__)'),
    ('own __repr__ kept', '@dataclass\nclass A:\n x: int\n def __repr__(self): return "mine"\nresult = repr(A(1))'),
    ('own __eq__', '@dataclass\nclass A:\n x: int\n def __eq__(self, o): return True\nresult = (A.__hash__, A(1) == 2)'),
    ('own __hash__ kept', '@dataclass\nclass A:\n x: int\n def __hash__(self): return 7\nresult = hash(A(1))'),
    ('init=False', '@dataclass(init=False)\nclass A:\n x: int = 3\nresult = (A().x, A.__doc__)'),
    ('docstring kept', '@dataclass\nclass A:\n """Mine."""\n x: int\nresult = A.__doc__'),
]

for label, source in CASES:
    ns = {'dataclass': dataclass, 'field': field, 'InitVar': InitVar, 'KW_ONLY': KW_ONLY,
          'typing': typing, '__name__': 'cases'}
    try:
        exec(source, ns)
        print(label, '-> ok', ns.get('result'))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

try:
    @dataclass
    class Point:
        x: int
        y: int = 0
    Point()
except TypeError as e:
    print('TypeError:', e)
for args, kwargs in [((1, 2, 3), {}), ((1,), {'z': 3}), ((1,), {'x': 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
