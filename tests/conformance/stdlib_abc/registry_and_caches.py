# abc: register() rules, the cache token, caches vs registry, hook verdicts, proxies,
# update_abstractmethods, the legacy decorators and keyword arguments through ABCMeta.
import abc

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Square(Shape):
    def area(self): return 4
class Plain: pass

attempt(lambda: Shape.register(3))
attempt(lambda: Shape.register(Square))
attempt(lambda: Square.register(Shape))
attempt(lambda: Shape.register(Shape))
token = abc.get_cache_token()
print(isinstance(Plain(), Shape), issubclass(Plain, Shape))
print(Shape.register(Plain) is Plain, abc.get_cache_token() != token, isinstance(Plain(), Shape))
class PlainChild(Plain): pass
print(issubclass(PlainChild, Shape), issubclass(PlainChild, Square), Shape in PlainChild.__mro__)
attempt(lambda: issubclass(3, Shape))
attempt(lambda: issubclass(Plain(), Shape))
print(issubclass(bool, Shape), isinstance(1, Shape))
Shape._abc_registry_clear()
print(issubclass(Plain, Shape), issubclass(PlainChild, Shape))   # still cached
Shape._abc_caches_clear()
print(issubclass(Plain, Shape), issubclass(PlainChild, Shape), issubclass(Square, Shape))
print(type(abc.get_cache_token()).__name__)

class Strange(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 'yes'
attempt(lambda: issubclass(int, Strange))
class Quacks(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacks:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
class LoudQuacks(Quacks): pass
print(issubclass(Duck, Quacks), issubclass(int, Quacks), issubclass(Duck, LoudQuacks))
LoudQuacks.register(int)
print(issubclass(int, Quacks), issubclass(int, LoudQuacks), isinstance(5, Quacks))

class Proxy:
    def __init__(self, target): self._t = target
    @property
    def __class__(self): return type(self._t)
print(isinstance(Proxy(Square()), Shape), isinstance(Proxy(3), Shape), isinstance(Proxy(Duck()), Quacks))

class Partial(Shape):
    pass
attempt(lambda: Partial())
Partial.area = lambda self: 9
print(sorted(Partial.__abstractmethods__), abc.update_abstractmethods(Partial) is Partial, Partial.__abstractmethods__)
print(Partial().area())
Partial.perimeter = abc.abstractmethod(lambda self: 0)
abc.update_abstractmethods(Partial)
attempt(lambda: Partial())
class NoAbc:
    x = abc.abstractmethod(lambda self: 0)
print(abc.update_abstractmethods(NoAbc) is NoAbc, hasattr(NoAbc, '__abstractmethods__'), abc.update_abstractmethods(7))

class Legacy(abc.ABC):
    @abc.abstractclassmethod
    def make(cls): return cls
    @abc.abstractstaticmethod
    def helper(): return 'h'
    @abc.abstractproperty
    def size(self): return 1
print(sorted(Legacy.__abstractmethods__), Legacy.make(), Legacy.helper())
print(abc.abstractclassmethod.__mro__, abc.abstractproperty.__isabstractmethod__)
attempt(lambda: abc.abstractmethod(3))

class Recorder:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class Keyed(Recorder, abc.ABC, color='red'): pass
class MetaChild(abc.ABCMeta):
    pass
class WithMeta(metaclass=MetaChild):
    @abc.abstractmethod
    def f(self): ...
print(type(WithMeta).__name__, WithMeta.__abstractmethods__, isinstance(WithMeta, abc.ABCMeta))
print(abc.ABC.__slots__, abc.ABC.__abstractmethods__, type(abc.ABC).__name__)
print(hasattr(abc, '__all__'), sorted(n for n in dir(abc) if not n.startswith('_')))
