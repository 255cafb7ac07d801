import abc
# case: abstract_instantiation
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
try:
    A()
except TypeError as e:
    print(e)
class B(A):
    def f(self): return 1
try:
    B()
except TypeError as e:
    print(e)
class C(B):
    def g(self): return 2
print(C().f(), C().g(), sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), C.__abstractmethods__)
class P(abc.ABC):
    @property
    @abc.abstractmethod
    def x(self): ...
    @classmethod
    @abc.abstractmethod
    def cm(cls): ...
    @staticmethod
    @abc.abstractmethod
    def sm(): ...
print(sorted(P.__abstractmethods__), type(abc.ABC).__name__, abc.ABC.__slots__)
# case: register_and_checks
class Base(metaclass=abc.ABCMeta): pass
class Other: pass
print(issubclass(Other, Base), isinstance(Other(), Base))
Base.register(Other)
print(issubclass(Other, Base), isinstance(Other(), Base), Base.register(int) is int, isinstance(3, Base), issubclass(bool, Base))
class Sub(Other): pass
print(issubclass(Sub, Base))
try:
    Base.register(3)
except TypeError as e:
    print(e)
try:
    Other.register
except AttributeError as e:
    print('no register')
class X(Base): pass
try:
    X.register(Base)
except RuntimeError as e:
    print(e)
try:
    issubclass(3, Base)
except TypeError as e:
    print(e)
t1 = abc.get_cache_token(); Base.register(float); print(abc.get_cache_token() != t1)
# case: subclasshook
class Quacks(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacks:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Quacks), isinstance(Duck(), Quacks), issubclass(int, Quacks))
class Never(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return False
class NSub(Never): pass
print(issubclass(NSub, Never))
# case: update_abstractmethods
class Q(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
class R(Q): pass
R.m = lambda self: 5
print(sorted(R.__abstractmethods__)); abc.update_abstractmethods(R); print(R.__abstractmethods__, R().m())
class Z: pass
print(abc.update_abstractmethods(Z) is Z)
class Old(abc.ABC):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(Old.__abstractmethods__))
try:
    Old()
except TypeError as e:
    print(e)
class Kw(abc.ABC, metaclass=abc.ABCMeta):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class K2(Kw, flag=3): pass
print(K2.flag)
