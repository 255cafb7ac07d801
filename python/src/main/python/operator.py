"""Operator interface: Python's operators as functions (operator.add(x, y) is x + y), written
for Pyjama.

The plain operators come from the interpreter's Java module _operator (they are its own
binary/compare/unary operations, with CPython's argument errors). This module adds what
_operator leaves to Python: concat/iconcat, length_hint, call, and the callable objects
attrgetter, itemgetter and methodcaller; then the dunder aliases (__add__ ...).
"""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
    'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
    'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod',
    'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow',
    'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor',
    'le', 'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
    'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow',
    'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
]

from _operator import (
    lt, le, eq, ne, ge, gt, not_, truth, is_, is_not, abs, index, inv, invert, neg, pos,
    add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift, and_, or_, xor,
    iadd, isub, imul, imatmul, itruediv, ifloordiv, imod, ipow, ilshift, irshift, iand, ior,
    ixor, contains, countOf, indexOf, getitem, setitem, delitem)

_MAXSIZE = (1 << 63) - 1   # sys.maxsize, without importing sys


# ---- sequences

def _check_concatenable(a):
    # CPython's test: a is a sequence (subscriptable, not a mapping) that knows +.
    cls = type(a)
    if not (hasattr(cls, '__getitem__') and hasattr(cls, '__add__')) or isinstance(a, dict):
        raise TypeError(f"'{cls.__name__}' object can't be concatenated")


def concat(a, b):
    "Same as a + b, for a and b sequences."
    _check_concatenable(a)
    return a + b


def iconcat(a, b):
    "Same as a += b, for a and b sequences."
    _check_concatenable(a)
    a += b
    return a


def length_hint(obj, default=0, /):
    """An estimate of the number of items in obj: len(obj) when it has a length, else its
    __length_hint__(), else default. The answer is an int >= 0."""
    default = index(default)
    try:
        return len(obj)
    except TypeError:   # no length (only a TypeError means that)
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        answer = hint(obj)
    except TypeError:
        return default
    if answer is NotImplemented:
        return default
    if not isinstance(answer, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(answer).__name__}')
    if answer < 0:
        raise ValueError('__length_hint__() should return >= 0')
    if answer > _MAXSIZE:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return int(answer)


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# ---- attrgetter, itemgetter, methodcaller
#
# C types in CPython: not subclassable (hence __init_subclass__), no instance attributes,
# reprs that rebuild them, __reduce__ for pickling; called with exactly one operand.

def _no_subclasses(cls, **kwargs):
    raise TypeError(f"type 'operator.{cls.__base__.__name__}' is not an acceptable base type")


def _operand(kind, args, kwargs):
    """The one object a getter is called with."""
    if kwargs:
        raise TypeError(f'{kind}() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError(f'{kind} expected 1 argument, got {len(args)}')
    return args[0]


class attrgetter:
    """attrgetter(attr, ...) --> callable fetching attributes of its operand:
    attrgetter('name')(r) is r.name, attrgetter('a', 'b.c')(r) is (r.a, r.b.c)."""

    __slots__ = ('_names', '_paths')
    __init_subclass__ = classmethod(_no_subclasses)

    def __new__(cls, /, *names, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self = object.__new__(cls)
        self._names = names
        self._paths = tuple(name.split('.') for name in names)
        return self

    def __call__(self, /, *args, **kwargs):
        obj = _operand(type(self).__name__, args, kwargs)
        values = []
        for path in self._paths:
            value = obj
            for step in path:
                value = getattr(value, step)
            values.append(value)
        return values[0] if len(values) == 1 else tuple(values)

    def __repr__(self):
        return f'operator.attrgetter({", ".join(map(repr, self._names))})'

    def __reduce__(self):
        return type(self), self._names


class itemgetter:
    """itemgetter(item, ...) --> callable fetching items of its operand:
    itemgetter(2)(r) is r[2], itemgetter(2, 5)(r) is (r[2], r[5])."""

    __slots__ = ('_items',)
    __init_subclass__ = classmethod(_no_subclasses)

    def __new__(cls, /, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self = object.__new__(cls)
        self._items = items
        return self

    def __call__(self, /, *args, **kwargs):
        obj = _operand(type(self).__name__, args, kwargs)
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[item] for item in items])

    def __repr__(self):
        return f'operator.itemgetter({", ".join(map(repr, self._items))})'

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """methodcaller(name, /, *args, **kwargs) --> callable calling a method of its operand:
    methodcaller('split', ',', maxsplit=1)(s) is s.split(',', maxsplit=1)."""

    __slots__ = ('_name', '_args', '_kwargs')
    __init_subclass__ = classmethod(_no_subclasses)

    def __new__(cls, /, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        if not isinstance(args[0], str):
            raise TypeError('method name must be a string')
        self = object.__new__(cls)
        self._name, self._args, self._kwargs = args[0], args[1:], kwargs
        return self

    def __call__(self, /, *args, **kwargs):
        obj = _operand(type(self).__name__, args, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend(f'{key}={value!r}' for key, value in self._kwargs.items())
        return f'operator.methodcaller({", ".join(parts)})'

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name, *self._args)
        # Keywords cannot travel in the constructor arguments of a reduce tuple.
        from functools import partial
        return partial(type(self), self._name, **self._kwargs), self._args


# ---- the dunder aliases: __add__ for add, __and__ for and_, ... (not for the functions
# without an operator method of that name).

for _name in __all__:
    if _name not in ('attrgetter', 'itemgetter', 'methodcaller', 'countOf', 'indexOf',
                     'is_', 'is_not', 'truth', 'length_hint'):
        globals()['__' + _name.rstrip('_') + '__'] = globals()[_name]
del _name
