# singledispatch through ABCs, unions and annotations (with its errors and ambiguity),
# singledispatchmethod, total_ordering's derived methods, cmp_to_key's key objects.
from functools import singledispatch, singledispatchmethod, total_ordering, cmp_to_key
import collections.abc as cabc
import typing


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


@singledispatch
def kind(x):
    return "object"


@kind.register
def _(x: int):
    return "int"


@kind.register(list)
def _(x):
    return "list"


kind.register(cabc.Mapping, lambda x: "mapping")
kind.register(cabc.Sequence, lambda x: "sequence")


@kind.register
def _(x: str | bytes):
    return "str|bytes"


@kind.register
def _(x: typing.Union[float, complex]):
    return "float|complex"


class MyMap(dict):
    pass


class Seq:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


cabc.Sequence.register(Seq)
show("dispatch", lambda: [kind(v) for v in (1, True, [], {}, MyMap(), "s", b"b", 1.5, 1j, (), range(2), Seq(), None)])
show("dispatch()", lambda: kind.dispatch(bool).__name__)
show("registry", lambda: sorted(k.__name__ for k in kind.registry))
show("registry type", lambda: type(kind.registry).__name__)
show("no args", lambda: kind())
show("register int", lambda: kind.register(5))
show("register alias", lambda: kind.register(list[int], lambda x: 0))
show("register alias decorator", lambda: kind.register(list[int]))


def plain(x):
    pass


def bad_ann(x: 5):
    pass


def bad_union(x: int | list[int]):
    pass


try:
    kind.register(plain)
except TypeError as e:
    print("no annotation", str(e).replace(repr(plain), "PLAIN"))
show("bad annotation", lambda: kind.register(bad_ann))
show("bad union", lambda: kind.register(bad_union))
show("names", lambda: (kind.__name__, kind.__wrapped__.__name__, sorted(n for n in vars(kind) if n[:2] != "__")))
show("nameless", lambda: singledispatch(type("O", (), {"__call__": lambda s, x: x})())())


@singledispatch
def size(x):
    return "base"


size.register(cabc.Container, lambda x: "container")
size.register(cabc.Sized, lambda x: "sized")


class Both:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


class BothSized(Both, cabc.Sized):
    pass


show("ambiguous", lambda: size(Both()))
show("ambiguous list", lambda: size([]))
show("explicit base", lambda: size(BothSized()))
size.register(list, lambda x: "list")
show("cache cleared", lambda: size([]))


class Fmt:
    @singledispatchmethod
    def fmt(self, x):
        return "generic"

    @fmt.register
    def _(self, x: int):
        return f"int {x}"

    @fmt.register(str)
    def _(self, x):
        return f"str {x!r}"

    @singledispatchmethod
    @classmethod
    def make(cls, x):
        return cls.__name__

    @make.register
    @classmethod
    def _(cls, x: float):
        return "float " + cls.__name__


ft = Fmt()
show("method", lambda: [ft.fmt(1), ft.fmt("a"), ft.fmt(1.0), Fmt.make(1.0), Fmt.make(2), ft.make(3.0)])
show("method no args", lambda: ft.fmt())
show("method attrs", lambda: (Fmt.fmt.__name__, Fmt.__dict__["fmt"].__isabstractmethod__))
show("method bad", lambda: singledispatchmethod(5))


@total_ordering
class Ver:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.v < other.v

    def __eq__(self, other):
        return isinstance(other, Ver) and self.v == other.v


show("derived", lambda: [Ver(1) <= Ver(2), Ver(2) > Ver(1), Ver(2) >= Ver(2), Ver(1) > Ver(1)])
show("derived NotImplemented", lambda: Ver(1) <= 5)
show("derived names", lambda: [(getattr(Ver, n).__name__, getattr(Ver, n).__qualname__) for n in ("__le__", "__gt__", "__ge__")])
show("derived doc", lambda: Ver.__gt__.__doc__)
show("no root", lambda: total_ordering(type("X", (), {})))
for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    cls = total_ordering(type("R", (), {root: lambda s, o: s.v >= o.v if False else s.n < o.n if root == "__lt__" else s.n <= o.n if root == "__le__" else s.n > o.n if root == "__gt__" else s.n >= o.n, "__init__": lambda s, n: setattr(s, "n", n)}))
    added = sorted(k for k in vars(cls) if k in ("__lt__", "__le__", "__gt__", "__ge__") and k != root)
    x, y = cls(1), cls(2)
    print(root, added, [x < y, x <= y, x > y, x >= y, x <= x, x >= x], [vars(cls)[k].__doc__ for k in added])


@total_ordering
class Partial:
    __lt__ = object.__lt__

    def __gt__(self, other):
        return True


show("root choice", lambda: sorted(k for k in vars(Partial) if k.startswith("__") and k[2:4] in ("lt", "le", "gt", "ge")))

K = cmp_to_key(lambda a, b: (a > b) - (a < b))
show("keys", lambda: [K(1) < K(2), K(1) <= K(1), K(2) > K(1), K(2) >= K(3), K(1) == K(1), K(1) != K(1)])
show("key obj", lambda: K(5).obj)
show("key vs other", lambda: K(1) < 1)
show("key hash", lambda: K.__hash__)
show("key no arg", lambda: K())
show("key keyword", lambda: K(obj=3).obj)
show("type name", lambda: type(K).__name__)
show("sorted", lambda: sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
