import shapes
print(shapes.VERSION, shapes.Circle(2).area(), shapes.square.area(3), shapes.__name__, shapes.__package__, shapes.__doc__)
import shapes.circle
print(shapes.circle.Circle is shapes.Circle, shapes.circle.__name__, shapes.circle.__package__)
import shapes.solids as solids
print(solids.cube_volume(3), solids.__name__, solids.__package__)
from shapes.solids import sphere
print(sphere.describe())
import sys
print("shapes" in sys.modules, "shapes.solids.sphere" in sys.modules, sys.modules["shapes"] is shapes)
