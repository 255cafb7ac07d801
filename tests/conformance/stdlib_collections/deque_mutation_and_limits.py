# deque: iterators that notice mutation, bounded deques, argument errors, copies and reprs.
from collections import deque
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# Which operations invalidate a running iterator (CPython: adds, removes, rotations).
ops = {
    "rotate1": lambda d: d.rotate(1), "rotate0": lambda d: d.rotate(0),
    "reverse": lambda d: d.reverse(), "setitem": lambda d: d.__setitem__(0, 9),
    "delitem": lambda d: d.__delitem__(0), "append+pop": lambda d: (d.append(1), d.pop()),
    "extend []": lambda d: d.extend([]), "insert": lambda d: d.insert(0, 1),
    "remove": lambda d: d.remove(2), "clear": lambda d: d.clear(),
    "*=1": lambda d: d.__imul__(1), "*=2": lambda d: d.__imul__(2),
    "copy": lambda d: d.copy(), "count": lambda d: d.count(1),
}
for name, op in ops.items():
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    op(d)
    show(name, lambda: next(it))
d = deque([1, 2, 3]); it = iter(d); next(it); d.append(4)
show("after error", lambda: next(it)); show("hint", lambda: it.__length_hint__())
r = reversed(deque("abc")); show("reversed hint", lambda: r.__length_hint__()); show("reversed", lambda: list(r))

# Bounded deques drop from the opposite end.
b = deque(range(5), 3)
show("bounded", lambda: b)
b.appendleft("L"); show("appendleft", lambda: b)
b.extendleft("xy"); show("extendleft", lambda: b)
show("insert full", lambda: b.insert(0, "z"))
z = deque([], 0); z.append(1); z.appendleft(2); show("maxlen 0", lambda: z)
m = deque([0, 1, 2], 4); m *= 3; show("imul bounded", lambda: m)
show("mul", lambda: deque("ab") * 2)
show("rmul", lambda: 3 * deque([1], 2))
show("mul 0", lambda: deque("ab") * 0)
show("add bounded", lambda: deque([1, 2, 3], 2) + deque([4]))
e = deque(range(3)); e += e; show("iadd self", lambda: e)
e = deque(range(3)); e.extendleft(e); show("extendleft self", lambda: e)

# Positions and searching.
p = deque(range(5)); p.rotate(-7); show("rotate -7", lambda: p)
p = deque(range(5)); p.insert(-10, "a"); p.insert(10, "b"); p.insert(-1, "c"); show("insert clamps", lambda: p)
show("index range", lambda: deque([1, 2, 3]).index(3, -2, 100))
show("index missing", lambda: deque([1, 2, 3]).index(1, 1))
show("index bad start", lambda: deque([1, 2, 3]).index(1, None))
show("remove missing", lambda: deque("ab").remove("x"))
show("getitem -4", lambda: deque([1, 2, 3])[-4])
show("getitem True", lambda: deque([1, 2, 3])[True])
show("getitem str", lambda: deque([1, 2, 3])["a"])
show("getitem slice", lambda: deque([1, 2, 3])[1:2])
show("del out of range", lambda: deque([1]).__delitem__(5))
q = deque("abcde"); del q[2]; del q[0]; del q[-1]; show("del", lambda: q)
show("rotate None", lambda: deque([1, 2]).rotate(None))
show("pop empty", lambda: deque().popleft())

# Construction errors.
show("maxlen -1", lambda: deque(maxlen=-1))
show("maxlen str", lambda: deque(maxlen="a"))
show("3 args", lambda: deque([1], 2, 3))
show("bad kw", lambda: deque(foo=1))
show("not iterable", lambda: deque(1))
show("kw both", lambda: deque(iterable="ab", maxlen=1))
x = deque([1, 2]); x.__init__("xyz", 2); show("reinit", lambda: (x, x.maxlen))

# Comparisons, copies, reprs.
show("eq list", lambda: deque([1]) == [1])
show("lt", lambda: (deque([1, 2]) < deque([1, 3]), deque([1, 2]) >= deque([1])))
show("concat list", lambda: deque([1]) + [2])
show("mul str", lambda: deque([1]) * "a")


class D(deque):
    pass


s = D([1, [2]], 5)
s.tag = "t"
c = copy.copy(s); dc = copy.deepcopy(s)
show("copy", lambda: (c, c.maxlen, type(c).__name__, c[1] is s[1]))
show("deepcopy", lambda: (dc, dc.maxlen, dc.tag, dc[1] is s[1]))
show("reduce", lambda: s.__reduce__()[:3])
show("reduce plain", lambda: deque([1], 2).__reduce__()[:3])
show("subclass add", lambda: D([1]) + deque([2]))
rec = deque([1]); rec.append(rec); show("recursive", lambda: rec)
show("generic", lambda: deque[int])
show("bool", lambda: (bool(deque()), bool(deque([0]))))
