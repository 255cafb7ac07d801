def f(a, b): return a + b
def g(*, k): return k
def h(a, /, b): return a
class C:
    def m(self, x): return x
cases = [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, b=2, a=3), lambda: f(c=1, a=1, b=2), lambda: g(1), lambda: g(),
         lambda: h(a=1, b=2), lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: len(), lambda: len(1, 2),
         lambda: (lambda: 0)(1), lambda: f(*[1], **{"a": 2}), lambda: f(**{1: 2}), lambda: int(x=1), lambda: str.__call__("x") if False else (lambda s: s())("x"),
         lambda: f(1, **{"b": 2}, **{"b": 3}), lambda: abs(1, 2), lambda: C()()]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
