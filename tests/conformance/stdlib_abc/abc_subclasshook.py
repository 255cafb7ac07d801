from abc import ABC, abstractmethod
class Drawable(ABC):
    @abstractmethod
    def draw(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
class Circle:
    def draw(self): return "circle"
class Blob: pass
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), issubclass(Blob, Drawable))
import abc
print(abc.get_cache_token() is not None)
class WithAbstractStatic(ABC):
    @staticmethod
    @abstractmethod
    def s(): ...
try:
    WithAbstractStatic()
except TypeError as e:
    print("TypeError:", e)
