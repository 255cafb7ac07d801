from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
Point3 = namedtuple("Point3", "x, y z", defaults=(0,))
p = Point(1, 2)
print(p, Point3(1, 2), Point3(1, 2, 3), Point3._field_defaults, p.__doc__ if False else Point.__doc__)
print(p._replace(y=5), p._asdict(), Point._make((7, 8)), p + (3,), p * 2, p.count(1), p.index(2))
print(Point._fields, Point.__name__, p.x, Point(y=1, x=0))
class Vec(namedtuple("VecBase", "x y")):
    __slots__ = ()
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(abs(Vec(3, 4)), Vec(3, 4), Vec.__mro__[1].__name__)
try:
    namedtuple("Bad", ["1x"])
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["_x"])
except ValueError as e:
    print("ValueError:", e)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__ + ":", e)
