"""Abstract Base Classes (ABCs) according to PEP 3119 (Pyjama, pure Python).

The interpreter's side of the contract: object.__new__ must refuse to instantiate a class whose
__abstractmethods__ (set here by ABCMeta) is non-empty, with CPython 3.12's message
"Can't instantiate abstract class X without an implementation for abstract method 'g'"
("... abstract methods 'f', 'g'" for several; names sorted and quoted).  Assigning
__abstractmethods__ on a type must be allowed (it is a settable type attribute), and
type.__subclasses__() must exist.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    Requires that the metaclass is ABCMeta or derived from it.  A
    class that has a metaclass derived from ABCMeta cannot be
    instantiated unless all of its abstract methods are overridden.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods.

    Deprecated, use 'classmethod' with 'abstractmethod' instead.
    """
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods.

    Deprecated, use 'staticmethod' with 'abstractmethod' instead.
    """
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties.

    Deprecated, use 'property' with 'abstractmethod' instead.
    """
    __isabstractmethod__ = True


# Bumped by every register() call: negative caches older than this are stale.
_abc_invalidation_counter = 0


def get_cache_token():
    """Returns the current ABC cache token.

    The token is an opaque object (supporting equality testing) identifying the
    current version of the ABC cache for virtual subclasses. The token changes
    with every call to register() on any ABC.
    """
    return _abc_invalidation_counter


class _AbcData:
    """Per-class ABC bookkeeping (CPython keeps the same in cls._abc_impl).

    The registry and caches hold classes strongly: Pyjama has no weak references yet.
    """
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _abc_invalidation_counter


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items
                 if getattr(value, '__isabstractmethod__', False)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC.  An ABC can be subclassed
    directly, and then acts as a mix-in class.  You can also register
    unrelated concrete classes (even built-in classes) and unrelated
    ABCs as 'virtual subclasses' -- these and their descendants will
    be considered subclasses of the registering ABC by the built-in
    issubclass() function, but the registering ABC won't show up in
    their MRO (Method Resolution Order) nor will method
    implementations defined by the registering ABC be callable (not
    even via super()).
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass  # Already a subclass
        # Subtle: test for cycles *after* testing for "already a subclass";
        # this means we allow X.register(X) and interpret it as a no-op.
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registry.add(subclass)
        global _abc_invalidation_counter
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == _abc_invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = _abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            assert isinstance(ok, bool)
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        impl = cls._abc_impl
        print(f'_abc_registry: {impl.registry!r}', file=file)
        print(f'_abc_cache: {impl.cache!r}', file=file)
        print(f'_abc_negative_cache: {impl.negative_cache!r}', file=file)
        print(f'_abc_negative_cache_version: {impl.negative_cache_version!r}', file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    If a class has had one of its abstract methods implemented after the
    class was created, the method will not be considered implemented until
    this function is called. Alternatively, if a new abstract method has been
    added to the class, it will only be considered an abstract method of the
    class after this function is called.

    This function should be called before any use is made of the class,
    usually in class decorators that add methods to the subject class.

    Returns cls, to allow usage as a class decorator.

    If cls is not an instance of ABCMeta, does nothing.
    """
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__.items(), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
