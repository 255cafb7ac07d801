"""Registry and helpers for the reduction protocol used by copy (and pickle).

Written for Pyjama.  The interpreter's object.__reduce_ex__ relies on this module: protocols
0 and 1 return what _reduce_ex() builds, protocol 2 and up name __newobj__ or __newobj_ex__
as the function that recreates the object.  dispatch_table maps a type to the function
that reduces its instances, for types whose own methods do not.
"""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension', 'clear_extension_cache']

dispatch_table = {}

# Bit of type.__flags__ set for classes made by a class statement.
_HEAPTYPE = 1 << 9
# The type of a builtin's __new__ (a builtin method bound to its class).
_new_type = type(int.__new__)


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object can serve as a constructor (kept for compatibility)."""
    if not callable(object):
        raise TypeError('constructors must be callable')


def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    # int | str is rebuilt by or-ing its members again.
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(complex, pickle_complex, complex)
pickle(type(int | str), pickle_union)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


# --- protocols 0 and 1 -----------------------------------------------------

def _reconstructor(cls, base, state):
    """Rebuild an instance of cls from the value of its builtin base (None for object)."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ is not object.__init__:
        base.__init__(made, state)
    return made


def _reduce_ex(self, proto):
    """The reduce value of object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    # The first class in the MRO not written in Python: its value is what
    # _reconstructor hands to base.__new__.
    base = next((k for k in cls.__mro__ if not k.__flags__ & _HEAPTYPE), object)
    if base is object:
        value = None
    elif base is cls:
        raise TypeError(f'cannot pickle {cls.__name__!r} object')
    else:
        value = base(self)
    if type(self).__getstate__ is object.__getstate__ and getattr(self, '__slots__', None):
        raise TypeError('a class that defines __slots__ without defining __getstate__ '
                        'cannot be pickled')
    state = self.__getstate__()
    recipe = (_reconstructor, (cls, base, value))
    return recipe + (state,) if state else recipe


def _slotnames(cls):
    """The names of cls's slots over its MRO (private names mangled), without __dict__
    and __weakref__; cached in cls.__slotnames__ where the class allows it."""
    cached = cls.__dict__.get('__slotnames__')
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, '__slots__'):
        for klass in cls.__mro__:
            declared = klass.__dict__.get('__slots__', ())
            if isinstance(declared, str):
                declared = (declared,)
            for slot in declared:
                if slot in ('__dict__', '__weakref__'):
                    continue
                if slot.startswith('__') and not slot.endswith('__'):
                    owner = klass.__name__.lstrip('_')
                    slot = f'_{owner}{slot}' if owner else slot
                found.append(slot)
    try:
        cls.__slotnames__ = found
    except (AttributeError, TypeError):
        pass                       # a builtin class: nothing to cache on
    return found


# --- extension codes: small integers standing for (module, name) pairs -------

_extension_registry = {}           # (module, name) -> code
_inverted_registry = {}            # code -> (module, name)
_extension_cache = {}              # code -> object, filled by unpicklers


def add_extension(module, name, code):
    """Assign the extension code to the object module.name."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError('code out of range')
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError(f'key {key} is already registered with code {_extension_registry[key]}')
    if code in _inverted_registry:
        raise ValueError(f'code {code} is already in use for key {_inverted_registry[code]}')
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Forget an extension code given by add_extension."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f'key {key} is not registered with code {code}')
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
