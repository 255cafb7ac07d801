from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [c.name for c in Color], Color.__members__.keys(), Color.RED in Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), type(Color.RED).__name__, isinstance(Color.GREEN, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in Auto], {Color.RED: "r"}[Color.CRIMSON], hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", str(Color.GREEN), format(Color.BLUE), Color.RED.__class__.__name__)
