# The parts of operator that are not plain operators: attrgetter/itemgetter/methodcaller as
# objects (arity errors, reprs, reduce, no subclassing), concat/iconcat's sequence check,
# length_hint's rules, call.
import operator
from operator import attrgetter, itemgetter, methodcaller, concat, iconcat, length_hint, call


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


ag = attrgetter("real", "imag")
show("attrgetter", lambda: (ag, ag(1 + 2j), attrgetter("__class__.__name__")(3)))
show("attr dotted missing", lambda: attrgetter("real.zz")(3))
show("attr not str", lambda: attrgetter(1))
show("attr none", lambda: attrgetter())
show("attr keyword", lambda: attrgetter("a", b=1))
show("attr call arity", lambda: ag(1, 2))
show("attr call none", lambda: ag())
show("attr call keyword", lambda: ag(obj=1))
show("attr empty step", lambda: attrgetter(".real")(1))
show("attr reduce", lambda: (attrgetter("a.b", "c").__reduce__()[1], attrgetter("a.b").__reduce__()[0] is attrgetter))
ig = itemgetter(1, "a")
show("itemgetter", lambda: (ig, itemgetter(1)([5, 6]), itemgetter(1, 0)("xy"), itemgetter(slice(1, 2))([1, 2, 3])))
show("item none", lambda: itemgetter())
show("item keyword", lambda: itemgetter(1, k=2))
show("item call arity", lambda: itemgetter(1)())
show("item missing", lambda: itemgetter("k")({}))
show("item reduce", lambda: ig.__reduce__()[1])
mc = methodcaller("split", ",", maxsplit=1)
show("methodcaller", lambda: (mc, mc("a,b,c"), methodcaller("upper")("x")))
show("method reduce", lambda: methodcaller("upper", 1).__reduce__()[1])
show("method reduce kw", lambda: (mc.__reduce__()[1], mc.__reduce__()[0]("a,b,c", ",")))
show("method no name", lambda: methodcaller())
show("method name keyword", lambda: methodcaller(name="x"))
show("method name type", lambda: methodcaller(5))
show("method call arity", lambda: mc())
show("method missing", lambda: methodcaller("nope")(1))


def subclass(base):
    class Sub(base):
        pass
    return Sub


for base in (attrgetter, itemgetter, methodcaller):
    show("subclass " + base.__name__, lambda: subclass(base))
show("identity", lambda: (attrgetter("a") == attrgetter("a"), hash(ag) == hash(ag)))
show("class repr", lambda: (attrgetter, itemgetter, methodcaller))

show("concat", lambda: (concat([1], [2]), concat("a", "b"), concat((1,), (2,)), concat(b"x", b"y")))
show("concat mismatch", lambda: concat([1], (2,)))
show("concat int", lambda: concat(1, 2))
show("concat dict", lambda: concat({}, {}))
show("concat range", lambda: concat(range(2), range(2)))
lst = [1]
show("iconcat", lambda: (iconcat(lst, (2,)) is lst, lst))
show("iconcat str", lambda: iconcat("a", "b"))
show("iconcat int", lambda: iconcat(1, [2]))


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        if isinstance(self.value, Exception):
            raise self.value
        return self.value


class Sized:
    def __len__(self):
        raise TypeError("no length after all")

    def __length_hint__(self):
        return 4


class BadLen:
    def __len__(self):
        raise ValueError("boom")


show("hint len", lambda: (length_hint([1, 2]), length_hint("abc"), length_hint({}), length_hint(5), length_hint(5, 7)))
for value in (3, NotImplemented, -1, "x", 2.0, True, 2 ** 70, TypeError("t"), KeyError("k")):
    show("hint " + repr(value), lambda: length_hint(Hint(value), 9))
show("hint after TypeError len", lambda: length_hint(Sized()))
show("hint ValueError len", lambda: length_hint(BadLen()))
show("hint bad default", lambda: length_hint([], "a"))
show("call", lambda: (call(len, [1]), call(dict, a=1), call(int, "7", base=8)))
show("call keyword obj", lambda: call(len, obj=1))
show("aliases", lambda: (operator.__call__ is call, operator.__concat__ is concat, operator.__iconcat__ is iconcat, operator.__inv__ is operator.inv))
show("no alias", lambda: [hasattr(operator, "__" + n + "__") for n in ("truth", "is_", "countOf", "length_hint", "attrgetter")])
show("all", lambda: [n for n in operator.__all__ if not hasattr(operator, n)])
