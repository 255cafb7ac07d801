# reprlib: size limits per container kind, nesting, truncation of long strings/ints/other
# reprs, indentation (3.12), dispatch on the type name, recursive_repr.
import reprlib
from reprlib import Repr, recursive_repr
from collections import deque
from array import array


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


r = reprlib.repr
show("list", lambda: r(list(range(20))))
show("tuple", lambda: (r(tuple(range(20))), r((1,)), r(())))
show("dict", lambda: (r({i: str(i) for i in range(10)}), r({}), r({"b": 1, 1: 2})))
show("sets", lambda: (r(set(range(10))), r(set()), r(frozenset("abcdefghij")), r(frozenset())))
show("deque array", lambda: (r(deque(range(10))), r(array("i", range(10))), r(array("d"))))
show("str", lambda: (r("a" * 100), r("it's \"quoted\" and long enough to be cut\n"), r("short")))
show("int", lambda: (r(10 ** 100), r(-(10 ** 100)), r(12345)))
show("other", lambda: (r(b"x" * 100), r(1.5), r(None), r(range(3))))
show("nesting", lambda: r([[[[[[[1]]]]]]]))
show("level 0", lambda: (Repr(maxlevel=0).repr([1]), Repr(maxlevel=0).repr([]), Repr(maxlevel=0).repr({1: 2})))
show("level 1", lambda: Repr(maxlevel=1).repr([[1], (), {}, {1: 2}, set(), frozenset(), "x" * 40]))
small = Repr(fillvalue="<>", maxstring=10, maxother=8, maxlong=7, maxlist=2)
show("custom", lambda: [small.repr("abcdefghijklmnop"), small.repr(range(1000)), small.repr(123456789), small.repr([1, 2, 3])])
show("tiny limits", lambda: (Repr(maxstring=2).repr("abcdef"), Repr(maxstring=0).repr("abc"), Repr(maxlong=1).repr(123456)))
show("indent 2", lambda: Repr(indent=2, maxlevel=3).repr([1, [2, [3, [4]]], {"a": (1,)}]))
show("indent str", lambda: Repr(indent="--").repr([1, (2,), []]))
show("indent 0", lambda: Repr(indent=0).repr([1, [2]]))
show("indent limits", lambda: Repr(indent=4, maxdict=1).repr({"a": 1, "c": 2}))
show("indent negative", lambda: Repr(indent=-1).repr([1]))
show("indent float", lambda: Repr(indent=1.5).repr([1]))
show("indent float unused", lambda: Repr(indent=1.5).repr(7))
show("positional", lambda: Repr(1))
show("unknown option", lambda: Repr(foo=1))
show("settings", lambda: sorted(vars(Repr()).items()))


class Boom:
    def __repr__(self):
        raise ValueError("no repr")


show("broken repr", lambda: r(Boom()).startswith("<Boom instance at 0x"))


class list(list):   # dispatch is by type name, so this is repr_list's
    pass


show("by name", lambda: r(list(range(10))))


class Custom(Repr):
    def repr_int(self, x, level):
        return "INT"

    def repr_my_type(self, x, level):
        return "MINE"


my_type = type("my type", (), {})
show("subclass", lambda: (Custom().repr([1, {2: 3}]), Custom().repr(my_type())))


class Node:
    def __init__(self, name):
        self.name, self.children = name, []

    @recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children!r})"


class Tagged:
    @recursive_repr("<again>")
    def __repr__(self):
        "tagged repr"
        return f"Tagged({self.items!r})"


a, b = Node("a"), Node("b")
a.children.append(b)
b.children.append(a)
show("recursive", lambda: repr(a))
t = Tagged()
t.items = [t, [t]]
show("fillvalue", lambda: repr(t))
show("wrapper", lambda: (Tagged.__repr__.__name__, Tagged.__repr__.__qualname__, Tagged.__repr__.__doc__, hasattr(Tagged.__repr__, "__wrapped__")))
