# inspect predicates, getmembers/getattr_static, getdoc/cleandoc, getmodule/getfile,
# get_annotations, generator and coroutine states. (ismethodwrapper is left out: our method-wrapper
# and builtin functions share one type.)
import abc
import functools
import inspect
import types


class Base:
    """Base docstring."""
    slot_free = 1

    def method(self):
        """Documented in Base."""

    @property
    def prop(self):
        """A property."""
        return 5

    @classmethod
    def cm(cls): pass

    @staticmethod
    def sm(): pass


class Child(Base):
    def method(self):
        pass

    @property
    def broken(self):
        raise AttributeError('nope')


class Slotted:
    __slots__ = ('x',)


def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
def plain(): pass
lam = lambda: 0


class Awaitable:
    def __await__(self): return iter(())


class NotAwaitable(Awaitable):
    __await__ = None


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self): pass


class Concrete(Abstract):
    def run(self): pass


samples = {
    'module': types, 'class': Base, 'function': plain, 'lambda': lam, 'method': Base().method,
    'builtin': len, 'builtin method': [].append, 'method descriptor': str.join,
    'wrapper': object.__init__, 'generator function': gen,
    'coroutine function': coro, 'async gen function': agen, 'property': Base.__dict__['prop'],
    'classmethod obj': Base.__dict__['cm'], 'slot': Slotted.__dict__['x'],
    'partial of gen': functools.partial(gen), 'int': 3,
}
predicates = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isbuiltin', 'isroutine',
              'ismethoddescriptor', 'isdatadescriptor', 'ismemberdescriptor', 'isgetsetdescriptor',
              'isgeneratorfunction', 'iscoroutinefunction', 'isasyncgenfunction',
              'isabstract', 'iscode', 'isframe', 'istraceback']
for label, value in samples.items():
    print(f'{label:20}', ' '.join(name[2:] for name in predicates if getattr(inspect, name)(value)))

g = gen()
c = coro()
a = agen()
print(inspect.isgenerator(g), inspect.iscoroutine(c), inspect.isasyncgen(a), inspect.isawaitable(c))
print(inspect.isawaitable(Awaitable()), inspect.isawaitable(NotAwaitable()), inspect.isawaitable(g))
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(3))
print(inspect.iscode(plain.__code__))

def marked(): pass
inspect.markcoroutinefunction(marked)
print(inspect.iscoroutinefunction(marked), inspect.iscoroutinefunction(functools.partial(coro)))

# Generator and coroutine states.
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
def counting(n):
    total = n
    yield total
counter = counting(4)
next(counter)
print(inspect.getgeneratorlocals(counter))
try:
    inspect.getgeneratorlocals(3)
except TypeError as error:
    print('TypeError', error)
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))

# Members.
names = [name for name, _ in inspect.getmembers(Child) if not name.startswith('__')]
print(names)
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([name for name, value in inspect.getmembers(Child(), inspect.ismethod)])
print([(name, value) for name, value in inspect.getmembers(Child()) if name in ('prop', 'slot_free')])
print(inspect.getmro(Child) == (Child, Base, object))
print(inspect.getattr_static(Child, 'prop') is Base.__dict__['prop'])
print(inspect.getattr_static(Child(), 'cm') is Base.__dict__['cm'])
obj = Child()
obj.__dict__['prop'] = 'shadow?'
obj.__dict__['own'] = 'mine'
print(inspect.getattr_static(obj, 'prop') is Base.__dict__['prop'], inspect.getattr_static(obj, 'own'))
print(inspect.getattr_static(obj, 'missing', 'fallback'))
try:
    inspect.getattr_static(obj, 'missing')
except AttributeError as error:
    print('AttributeError', error)

# Documentation.
print(repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Child().method)))
print(repr(inspect.getdoc(Child)), repr(inspect.getdoc(Base.__dict__['prop'])))
print(repr(inspect.getdoc(plain)), repr(inspect.getdoc(Slotted())))
print(repr(inspect.cleandoc('  First line.\n\n      indented\n    body\n  \n')))
print(repr(inspect.cleandoc('\n\n\tTabbed\n\t  more\n')))
print(repr(inspect.cleandoc('one\n       \n  two\n')))
print(repr(inspect.cleandoc('')))

# Modules and files.
print(inspect.getmodule(plain).__name__, inspect.getmodule(types) is types, inspect.getmodule(3))
print(inspect.getmodule(Base).__name__)
print(inspect.getfile(plain).endswith('predicates_members_docs.py'))
print(inspect.getfile(plain.__code__) == plain.__code__.co_filename)
for thing in [len, 3, __builtins__ if isinstance(__builtins__, types.ModuleType) else None]:
    try:
        inspect.getfile(thing)
    except TypeError as error:
        print('TypeError', error)

# Annotations.
class Annotated:
    x: int
    y: 'str' = 'a'
def annotated(a: 'int', b: list[int]) -> 'bool': pass
print(inspect.get_annotations(Annotated), inspect.get_annotations(Annotated, eval_str=True))
print(inspect.get_annotations(annotated), inspect.get_annotations(annotated, eval_str=True))
print(inspect.get_annotations(Child), inspect.get_annotations(plain))
print(inspect.get_annotations(annotated, eval_str=True, locals={'int': float}))
try:
    inspect.get_annotations(3)
except TypeError as error:
    print('TypeError', error)
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.formatannotation(Base))
print(inspect.formatannotation(Base, base_module='__main__'), inspect.formatannotation('text'))
print(inspect.Parameter.empty is inspect.Signature.empty, inspect.Parameter.empty.__name__)
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.GEN_CREATED, inspect.CORO_CLOSED)
