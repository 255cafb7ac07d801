class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__name__, Point.__qualname__, Point.__doc__, Point.__module__)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object), sorted(vars(p).items()))
p.z = 5
print(p.__dict__)
Point.dims = 3
print(p.dims)
p.dims = 10
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(Point.norm2(p), getattr(p, "x"), getattr(p, "missing", "dflt"), hasattr(p, "y"), hasattr(p, "w"))
setattr(p, "w", 1); delattr(p, "w")
print(hasattr(p, "w"))
