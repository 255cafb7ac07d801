from shapes import Circle, VERSION as V
from shapes.square import area, NAME
from shapes import square as sq
print(Circle(1).area(), V, area(4), NAME, sq.NAME)
from shapes import *
print(sorted(n for n in dir() if not n.startswith("__")))
try:
    from shapes import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name, "| path ends:", e.path.rsplit("/", 2)[-2:])
try:
    from shapes import _private
    print("explicit import of _private works:", _private)
except ImportError as e:
    print("ImportError:", e)
