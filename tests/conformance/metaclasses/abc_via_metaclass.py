from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Partial(Shape):
    def area(self): return 0
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).area(), type(Shape) is ABCMeta, sorted(Partial.__abstractmethods__))
