class C:
    __slots__ = ()
class D:
    pass
cases = [lambda: (5).foo, lambda: "s".foo, lambda: [].foo, lambda: None.foo, lambda: C().foo, lambda: D.foo, lambda: D().foo,
         lambda: int.foo, lambda: (lambda: 0).foo, lambda: __import__("math").foo, lambda: type.foo, lambda: (1, 2).append,
         lambda: {}.add, lambda: b"".encode, lambda: object().__dict__, lambda: C().__dict__, lambda: True.foo, lambda: (1.5).foo]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print("AttributeError:", e)
for target, value in [(5, "x"), ("s", "x"), ([], "x"), (C(), "x"), (None, "x")]:
    try:
        setattr(target, "attr", value)
    except AttributeError as e:
        print("AttributeError:", e)
for t in [int, str, list, object, type(None)]:
    try:
        t.attr = 1
    except TypeError as e:
        print("TypeError:", e)
try:
    del D().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
