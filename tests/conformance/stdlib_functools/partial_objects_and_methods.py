# partial objects (flattening, reprs, read-only attributes, state for copy/pickle, errors),
# partialmethod binding over functions, classmethods, staticmethods, and reduce's errors.
from functools import partial, partialmethod, reduce
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def f(a, b=2, *c, d=4, **e):
    return (a, b, c, d, e)


p = partial(f, 1, d=5)
show("call", lambda: p(2, 3, x=1))
show("override kw", lambda: p(d=0))
show("flattened", lambda: (partial(p, 9, d=6).args, partial(p, 9, d=6).keywords, partial(p, 9).func is f))
show("attrs", lambda: (p.args, p.keywords, p.func.__name__))
show("repr", lambda: repr(partial(len, "x", y="z")).replace(repr(len), "LEN"))
show("repr kw name", lambda: repr(partial(len, **{"a b": 1})).replace(repr(len), "LEN"))
show("no args", lambda: partial())
show("not callable", lambda: partial(5))
show("func keyword", lambda: partial(func=len))
show("func as keyword arg", lambda: partial(f, func=1).keywords)
show("readonly", lambda: setattr(p, "args", ()))
show("readonly del", lambda: delattr(p, "func"))
q = partial(len)
q.note = "n"
show("instance attrs", lambda: vars(q))
show("not flattened with attrs", lambda: partial(q, "ab").func is q)


class Sub(partial):
    pass


show("subclass repr", lambda: repr(Sub(len, 1)).replace(repr(len), "LEN"))
show("flatten subclass", lambda: (type(partial(Sub(f, 1), 2)).__name__, partial(Sub(f, 1), 2).args))
show("subclass of partial", lambda: (type(Sub(partial(f, 1), 2)).__name__, Sub(partial(f, 1), 2).args))
show("subclass no args", lambda: Sub())


class Own(partial):
    def __call__(self, *a):
        return "own"


show("own call kept", lambda: type(partial(Own(len), 1).func).__name__)
red = p.__reduce__()
show("reduce", lambda: (red[0].__name__, red[1][0] is f, red[2][1:]))
show("copy", lambda: (copy.copy(p)(0), copy.deepcopy(q).note))
r = partial(f)
r.__setstate__((f, (1,), None, {"z": 1}))
show("setstate", lambda: (r.args, r.keywords, r.z))
for bad in [(f, (1,), {}), (5, (1,), {}, None), (f, [1], {}, None), (f, (), 5, None), "x"]:
    show("bad state", lambda: r.__setstate__(bad))
rec = partial(f)
rec.__setstate__((f, (rec,), {}, None))
show("recursive", lambda: repr(rec).replace(repr(f), "F"))
show("generic", lambda: partial[int])
show("no binding", lambda: type("K", (), {"m": partial(f, 0)})().m(1))


class C:
    def m(self, a, b):
        return (type(self).__name__, a, b)

    pm = partialmethod(m, 1)
    pkw = partialmethod(m, b="kw")
    spm = partialmethod(staticmethod(lambda a, b: ("static", a, b)), "x")
    cpm = partialmethod(classmethod(lambda cls, a: (cls.__name__, a)), "y")
    nested = partialmethod(partialmethod(m, 1), 2)


c = C()
show("bound", lambda: (c.pm(2), c.pkw(0), C.pm(c, 3)))
show("static", lambda: (c.spm(3), C.spm(4)))
show("classmethod", lambda: (c.cpm(), C.cpm()))
show("nested", lambda: (c.nested(), C.__dict__["nested"].args))
show("unbound", lambda: (C.pm.__name__, C.pm._partialmethod is C.__dict__["pm"]))
show("unbound no self", lambda: C.pm())
show("bound classmethod self", lambda: c.cpm.__self__ is C)
show("repr", lambda: [repr(C.__dict__[n]).replace(repr(C.m), "M") for n in ("pm", "pkw")])
show("bad func", lambda: partialmethod(5))
show("abstract", lambda: C.__dict__["pm"].__isabstractmethod__)

show("reduce empty", lambda: reduce(lambda a, b: a + b, []))
show("reduce initial", lambda: reduce(lambda a, b: a + b, [], "init"))
show("reduce not iterable", lambda: reduce(lambda a, b: a + b, 5))
show("reduce keyword", lambda: reduce(lambda a, b: a + b, [1, 2], initial=0))
show("reduce arity", lambda: (reduce(len), ))
show("reduce too many", lambda: reduce(len, [], 1, 2))
show("reduce order", lambda: reduce(lambda a, b: f"({a}+{b})", "abcd"))
