from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Plain:
    def __init__(self, a, b): self.a, self.b = a, b
class WithArgs:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
def m(v):
    match v:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case WithArgs(1, b):
            return f"WithArgs b={b}"
        case Plain(a=a):
            return f"Plain a={a}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float():
            return "number"
        case str(s):
            return f"string {s!r}"
        case _:
            return "unknown"
for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), WithArgs(1, "B"), WithArgs(2, "x"), Plain(7, 8), -4, 4, 2.5, "s", None]:
    print(m(v))
try:
    match Plain(1, 2):
        case Plain(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
class Many:
    __match_args__ = ("a",)
    a = 1
try:
    match Many():
        case Many(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
