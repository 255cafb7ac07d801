from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._fields, P._make([3, 4]), len(p), tuple(p), p == (1, 2))
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__, P.__name__)
Q = namedtuple("Q", ["a", "b"], defaults=[0])
print(Q(1), Q(1, 2), Q._field_defaults)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", "class def ok", rename=True)
print(R._fields)
