from abc import ABC, abstractmethod, ABCMeta
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    def concrete(self): return "concrete"
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    def run(self): return "run"
    @property
    def name(self): return "impl"
    @classmethod
    def make(cls): return cls()
i = Impl.make()
print(i.run(), i.name, i.concrete(), isinstance(i, Base), Impl.__abstractmethods__)
class Half(Base):
    def run(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Virtual: pass
Base.register(Virtual)
print(issubclass(Virtual, Base), isinstance(Virtual(), Base))
class M(metaclass=ABCMeta):
    pass
print(type(M).__name__, M().__class__.__name__)
