from enum import Enum, unique, verify, UNIQUE
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet.MERCURY.mass)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Shape(Enum):
    SQUARE = 2
    def describe(self): return f"{self.name.lower()} with {self.value} sides?"
    @classmethod
    def default(cls): return cls.SQUARE
print(Shape.default().describe())
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): return cls.A
print(Missing(99))
try:
    class Extend(Shape):
        CIRCLE = 0
except TypeError as e:
    print("TypeError:", e)
