"""Abstract base classes, PEP 3119 (Pyjama).

Two halves make the contract.  Here, ABCMeta records on each class the names of the abstract
methods it has not overridden (__abstractmethods__) and answers isinstance/issubclass through
__subclasshook__, registered virtual subclasses and real subclasses.  In the interpreter,
object.__new__ refuses to instantiate a class whose __abstractmethods__ is not empty, with
CPython's message ("Can't instantiate abstract class X without an implementation for abstract
method 'f'"); __abstractmethods__ is a settable attribute of every type, and
type.__subclasses__() exists.

Pyjama's weak references are strong, so the registry and the caches keep classes alive.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: a class whose metaclass is ABCMeta cannot be instantiated while
    it has one that no subclass overrode.  Apply it innermost (under @property, @classmethod)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The pre-3.3 spellings, kept because old code still uses them.

class abstractclassmethod(classmethod):
    """Deprecated: write @classmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated: write @staticmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractproperty(property):
    """Deprecated: write @property over @abstractmethod."""
    __isabstractmethod__ = True


# Every register() call, on any ABC, moves this on; a negative cache entry is trusted only
# while the version it was recorded under is current.
_registrations = 0


def get_cache_token():
    """An opaque token for the current state of all ABC registries: it compares unequal to
    earlier tokens once any ABC registered a class (functools.singledispatch relies on it)."""
    return _registrations


class _AbcState:
    """What ABCMeta keeps per class, as cls._abc_impl."""
    __slots__ = ('registered', 'known_yes', 'known_no', 'known_no_version')

    def __init__(self):
        self.registered = set()         # virtual subclasses given to register()
        self.known_yes = set()          # classes found to be subclasses
        self.known_no = set()           # ... found not to be, valid for known_no_version
        self.known_no_version = _registrations


def _is_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def _abstract_names(cls, own_items):
    """The abstract method names of cls: its own abstract members, plus the abstract names of
    its bases that cls still resolves to an abstract object."""
    names = {name for name, value in own_items if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if name not in names and _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def _asks(other, subclass):
    # issubclass(subclass, other), made by calling the metaclass's __subclasscheck__ from
    # this module rather than through the builtin: typing's protocols let abc (identified by
    # its frame) ask about any protocol, and Pyjama's builtins leave no caller frame.
    return type(other).__subclasscheck__(other, subclass)


def _inherits(cls, subclass):
    """Whether subclass is a real or virtual subclass of cls: by its MRO, through a class
    registered with cls, or through a real subclass of cls (which may have a hook or registry
    of its own)."""
    if cls in getattr(subclass, '__mro__', ()):
        return True
    if any(_asks(virtual, subclass) for virtual in cls._abc_impl.registered):
        return True
    return any(_asks(real, subclass) for real in cls.__subclasses__())


class ABCMeta(type):
    """The metaclass of abstract base classes.

    A class made by it cannot be instantiated while it has abstract methods, and it can adopt
    unrelated classes with register(): they then pass isinstance()/issubclass() against it,
    without the ABC entering their MRO (so none of its methods become theirs).
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items())
        cls._abc_impl = _AbcState()
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns it, so that this can decorate
        a class."""
        global _registrations
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        # tested after the above, so that X.register(X) is a harmless no-op
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registered.add(subclass)
        _registrations += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)"""
        claimed = instance.__class__
        state = cls._abc_impl
        if claimed in state.known_yes:
            return True
        actual = type(instance)
        if actual is not claimed:
            # a proxy may claim another __class__: either one will do
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        if state.known_no_version == _registrations and claimed in state.known_no:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)"""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = cls._abc_impl
        if subclass in state.known_yes:
            return True
        if state.known_no_version != _registrations:
            state.known_no = set()
            state.known_no_version = _registrations
        elif subclass in state.known_no:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is NotImplemented:
            if subclass in state.registered:
                return True     # as CPython: a registered class itself is not cached
            verdict = _inherits(cls, subclass)
        elif verdict is not True and verdict is not False:
            raise AssertionError('__subclasshook__ must return either False, True, '
                                 'or NotImplemented')
        (state.known_yes if verdict else state.known_no).add(subclass)
        return verdict

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches (a debugging aid)."""
        state = cls._abc_impl
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        for label, value in (('_abc_registry', state.registered), ('_abc_cache', state.known_yes),
                             ('_abc_negative_cache', state.known_no),
                             ('_abc_negative_cache_version', state.known_no_version)):
            print(f'{label}: {value!r}', file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses (for tests)."""
        cls._abc_impl.registered.clear()

    def _abc_caches_clear(cls):
        """Forget the cached answers (for tests)."""
        cls._abc_impl.known_yes.clear()
        cls._abc_impl.known_no.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to or replaced on the class
    (a class decorator that adds methods calls this).  Returns cls; a class that has no
    __abstractmethods__ (not made by ABCMeta) is left alone."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """Derive from ABC to make an abstract base class without naming the metaclass."""
    __slots__ = ()
