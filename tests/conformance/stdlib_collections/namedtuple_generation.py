# namedtuple: name checks and renaming, defaults, the generated methods' names, docs and
# errors, module attribution, odd field names, subclasses.
from collections import namedtuple
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


P = namedtuple("P", "x, y", defaults=[2])
show("defaults", lambda: (P(1), P.__new__.__defaults__, P._field_defaults))
show("docs", lambda: (P.__doc__, P.x.__doc__, P.__new__.__doc__))
show("method docs", lambda: (P._make.__doc__, P._replace.__doc__, P._asdict.__doc__))
show("qualnames", lambda: (P.__new__.__qualname__, P.__repr__.__qualname__, P._make.__qualname__))
show("attributes", lambda: (P._fields, P.__match_args__, P.__slots__, P.__module__, P.__qualname__))
show("class dict", lambda: sorted(vars(P)))
show("no args", lambda: P())
show("too many", lambda: P(1, 2, 3))
show("bad keyword", lambda: P(1, z=3))
show("twice", lambda: P(1, x=2))
show("_make short", lambda: P._make([1]))
show("_make long", lambda: P._make([1, 2, 3]))
show("_replace bad", lambda: P(1)._replace(z=1, w=2))
show("_replace", lambda: (P(1)._replace(y=5), P(1, 2)._replace()))
show("_asdict", lambda: P(1)._asdict())
show("getnewargs", lambda: P(1).__getnewargs__())
show("copy", lambda: (copy.copy(P(1, [2])), copy.deepcopy(P(1, [2]))))
show("no dict", lambda: P(1).__dict__)
show("read only", lambda: setattr(P(1), "x", 3))

show("rename", lambda: namedtuple("Q", ["a", "def", "_b", "a", "c d"], rename=True)._fields)
show("rename keeps good", lambda: namedtuple("Q", "tuple x", rename=True)._fields)
show("bad field", lambda: namedtuple("Q", "a 1b"))
show("keyword field", lambda: namedtuple("Q", "a def"))
show("underscore", lambda: namedtuple("Q", "a _b"))
show("duplicate", lambda: namedtuple("Q", "a a"))
show("bad typename", lambda: namedtuple("1Q", "a"))
show("keyword typename", lambda: namedtuple("class", "a"))
show("bytes typename", lambda: namedtuple(b"Q", "a"))
show("non-str field", lambda: namedtuple("Q", ["a", 5]))
show("too many defaults", lambda: namedtuple("Q", "a", defaults=[1, 2]))
show("defaults not iterable", lambda: namedtuple("Q", "a", defaults=5))
show("defaults iterator", lambda: namedtuple("Q", "a b", defaults=iter([3]))._field_defaults)
show("separators", lambda: namedtuple("Q", "a,b c")._fields)

E = namedtuple("E", "")
show("no fields", lambda: (E(), E._fields, E._make([]), len(E())))
One = namedtuple("One", "only")
show("one field", lambda: (One(1), One._make([2]), One(3)._replace(only=4)))
Odd = namedtuple("Odd", ["self", "cls", "tuple", "func"])
show("odd names", lambda: Odd(1, 2, 3, 4))
show("module", lambda: (namedtuple("Q", "a", module="somewhere").__module__, P.__module__))


class R(namedtuple("R", "a b")):
    __slots__ = ()

    def total(self):
        return self.a + self.b


show("subclass", lambda: (R(1, 2), R(1, 2)._replace(a=5), type(R._make([1, 2])).__name__, R(3, 4).total()))
match P(7, 8):
    case P(x, y):
        print("match", x, y)
