import sys
def f(x):
    return 1/x
def g():
    try:
        f(0)
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
try:
    g()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(3)
except Exception as e:
    print(e, e.code, e.args, isinstance(e, MyErr))
def h():
    try:
        return 1
    finally:
        print("fin")
print(h())
for i in range(3):
    try:
        if i == 1:
            continue
        print("i", i)
    finally:
        print("f", i)
while True:
    try:
        break
    finally:
        print("broke")
try:
    raise KeyError("k")
except (TypeError, KeyError) as e:
    print("tuple", repr(e), str(e))
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)
class Ctx:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t, v); return True
with Ctx() as c:
    raise ValueError("in with")
print("after with")
print(sys.exc_info())
x = 10
def scope():
    global x
    x = 20
scope(); print(x)
e = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(repr(e), str(e), e.exceptions)
try:
    raise e
except* ValueError as ve:
    print("VE", repr(ve))
except* TypeError as te:
    print("TE", repr(te))
print(f"{x!r:>6}", "a" "b", 'x' * 3, [1] * 2, 3 * (1,))
assert True, "no"
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
match {"a": 1, "b": [1, 2]}:
    case {"a": 2}: print("no")
    case {"a": 1, "b": [x, *rest]}: print("yes", x, rest)
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match P(1, 2):
    case P(0, _): print("zero")
    case P(x=1, y=yy) if yy > 1: print("P", yy)
for v in [1, "s", [1,2], (1,2,3), None, 3.5]:
    match v:
        case int(): print("int")
        case str() as s: print("str", s)
        case [a, b]: print("pair", a, b)
        case (a, *r): print("seq", a, r)
        case None: print("None")
        case _: print("other")
