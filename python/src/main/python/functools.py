"""Tools for functions and other callables, written for Pyjama in plain Python.

CPython keeps partial, reduce, cmp_to_key and the lru_cache wrapper in C (_functools); here
everything is Python, following CPython 3.12's behaviour, reprs and messages.
"""

__all__ = [
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
    'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
    'singledispatch', 'singledispatchmethod', 'cached_property',
]

from abc import get_cache_token
from reprlib import recursive_repr

GenericAlias = type(list[int])
_mappingproxy = type(type.__dict__)
_MISSING = object()   # "no value", where None is a legitimate one


# -------------------------------------------------------------------- wrappers

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in assigned (those wrapped
    has), merge the dicts named in updated, and point wrapper.__wrapped__ at wrapped."""
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(wrapped) on the wrapper's definition."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# -------------------------------------------------------------- total_ordering
#
# Given one of < <= > >=, the other three follow. Each derived method calls the root method
# through the class (passing NotImplemented on) and then combines its result with == or !=.
# The table gives, per root, each derived operator and its formula in CPython's words (the
# docstring shows it); the formula's shape picks the combination.

_SYMBOLS = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}
_DERIVATIONS = {
    '__lt__': (('__gt__', 'not-and-ne'), ('__le__', 'or-eq'), ('__ge__', 'not')),
    '__le__': (('__ge__', 'not-or-eq'), ('__lt__', 'and-ne'), ('__gt__', 'not')),
    '__gt__': (('__lt__', 'not-and-ne'), ('__ge__', 'or-eq'), ('__le__', 'not')),
    '__ge__': (('__le__', 'not-or-eq'), ('__gt__', 'and-ne'), ('__lt__', 'not')),
}
_FORMULAS = {
    'not-and-ne': ('(not a {} b) and (a != b)', lambda r, a, b: not r and a != b),
    'or-eq': ('(a {} b) or (a == b)', lambda r, a, b: r or a == b),
    'not': ('(not a {} b)', lambda r, a, b: not r),
    'not-or-eq': ('(not a {} b) or (a == b)', lambda r, a, b: not r or a == b),
    'and-ne': ('(a {} b) and (a != b)', lambda r, a, b: r and a != b),
}


def _derived_method(root, name, shape):
    text, combine = _FORMULAS[shape]

    def method(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return combine(result, self, other)

    method.__name__ = name
    method.__qualname__ = f'_{name[2:4]}_from_{root[2:4]}'
    method.__doc__ = (f'Return a {_SYMBOLS[name]} b.  Computed by @total_ordering from '
                      + text.format(_SYMBOLS[root]) + '.')
    return method


# Built once: every class decorated gets the same function objects, as in CPython.
_DERIVED_METHODS = {root: [(name, _derived_method(root, name, shape)) for name, shape in rows]
                    for root, rows in _DERIVATIONS.items()}


def total_ordering(cls):
    """Class decorator filling in the missing rich comparisons from one of < <= > >=."""
    # An operator counts as defined unless it is object's own (inherited or not).
    defined = {name for name in _SYMBOLS
               if getattr(cls, name, None) is not getattr(object, name, None)}
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)   # preference __lt__, __le__, __gt__, __ge__, as CPython's
    for name, method in _DERIVED_METHODS[root]:
        if name not in defined:
            setattr(cls, name, method)
    return cls


# ------------------------------------------------------------ cmp_to_key, reduce

class _KeyWrapper:
    """Orders objects by a three-way cmp function: what cmp_to_key(cmp) returns (unbound,
    obj unset) and what calling that gives (one per key)."""

    __slots__ = ('_cmp', 'obj')

    def __init__(self, cmp, *obj):
        self._cmp = cmp
        if obj:
            self.obj, = obj

    def __call__(self, *args, **kwargs):
        if len(args) == 1 and not kwargs:   # the way sorted() calls it: kept short
            key = _new_key(_KeyWrapper)
            key._cmp, key.obj = self._cmp, args[0]
            return key
        for name in kwargs:
            if name != 'obj':
                raise TypeError(f"'{name}' is an invalid keyword argument for K()")
        given = args + tuple(kwargs.values())
        if len(given) != 1:
            if given:
                raise TypeError(f'K() takes at most 1 argument ({len(given)} given)')
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        return _KeyWrapper(self._cmp, given[0])

    def _cmp_with(self, other):
        if not isinstance(other, _KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        # What sorting calls: spelt out, one call less per comparison.
        if not isinstance(other, _KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) < 0

    def __le__(self, other): return self._cmp_with(other) <= 0
    def __gt__(self, other): return self._cmp_with(other) > 0
    def __ge__(self, other): return self._cmp_with(other) >= 0
    def __eq__(self, other): return self._cmp_with(other) == 0
    def __ne__(self, other): return self._cmp_with(other) != 0

    __hash__ = None


_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'
_new_key = object.__new__


def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key function (for sorted, min, ...)."""
    return _KeyWrapper(mycmp)


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold the items of iterable into one value, left to right: function(function(a, b), c)...
    initial, when given, comes first and is also the result for an empty iterable."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {len(args)}')
    if len(args) > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {len(args)}')
    function, iterable = args[0], args[1]
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        value = next(items, _MISSING)
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        value = function(value, item)
    return value


# ------------------------------------------------------------------- partial

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.

    Calling it calls func with args followed by the call's own positional arguments, and
    with keywords updated by the call's keywords."""

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A partial of a plain partial (one that adds no attributes nor its own __call__)
        # is flattened into one.
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not vars(func)):
            func, args, keywords = func.func, func.args + args, {**func.keywords, **keywords}
        self = object.__new__(cls)
        _set = object.__setattr__
        _set(self, 'func', func)
        _set(self, 'args', args)
        _set(self, 'keywords', keywords)
        return self

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __setattr__(self, name, value):
        if name in ('func', 'args', 'keywords'):
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in ('func', 'args', 'keywords'):
            raise AttributeError('readonly attribute')
        object.__delattr__(self, name)

    @recursive_repr()
    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        shown = [repr(self.func)]
        shown.extend(repr(arg) for arg in self.args)
        shown.extend(f'{key}={value!r}' for key, value in self.keywords.items())
        return f'{name}({", ".join(shown)})'

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords, vars(self) or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        _set = object.__setattr__
        _set(self, 'func', func)
        _set(self, 'args', tuple(args))
        _set(self, 'keywords', {} if keywords is None else dict(keywords))
        attributes = vars(self)
        attributes.clear()
        if namespace:
            attributes.update(namespace)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    """The function at the bottom of nested partials."""
    while isinstance(func, partial):
        func = func.func
    return func


class partialmethod:
    """partial() for methods: a descriptor that binds like the method it wraps (function,
    classmethod, staticmethod...) and then applies the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            # Flatten: partialmethod(partialmethod(f, 1), 2) is partialmethod(f, 1, 2).
            func, args, keywords = func.func, func.args + args, {**func.keywords, **keywords}
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        cls = type(self)
        args = ', '.join(map(repr, self.args))
        keywords = ', '.join(f'{key}={value!r}' for key, value in self.keywords.items())
        return f'{cls.__module__}.{cls.__qualname__}({self.func!r}, {args}, {keywords})'

    def _make_unbound_method(self):
        # A plain function, so that it binds like one; inspect finds us as _partialmethod.
        spec = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = {**spec.keywords, **keywords} if spec.keywords else keywords
            return spec.func(cls_or_self, *spec.args, *args, **merged)

        vars(_method).update(__isabstractmethod__=spec.__isabstractmethod__, _partialmethod=spec)
        return _method

    def __get__(self, obj, cls=None):
        bind = getattr(self.func, '__get__', None)
        if bind is not None:
            bound = bind(obj, cls)
            if bound is not self.func:
                # A descriptor that made something new (a bound method, a classmethod's
                # binding): apply the arguments to that.
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _MISSING)
                if owner is not _MISSING:
                    result.__self__ = owner
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


# ------------------------------------------------------------------ lru_cache

_cache_info_type = None


def _cache_info(hits, misses, maxsize, currsize):
    global _cache_info_type
    if _cache_info_type is None:
        from collections import namedtuple
        _cache_info_type = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
    return _cache_info_type(hits, misses, maxsize, currsize)


def __getattr__(name):
    # functools._CacheInfo, made on demand so that importing functools does not import
    # collections.
    if name == '_CacheInfo':
        return type(_cache_info(0, 0, 0, 0))
    raise AttributeError(f"module 'functools' has no attribute {name!r}")


_KWD_MARK = object()   # separates positional from keyword arguments in a cache key


def _cache_key(args, kwds, typed):
    """The cache key of a call: hashable, equal for calls that the cache treats as one."""
    if not kwds and not typed:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]   # an exact int or str is its own key (so 1 and 1.0 differ)
        return args
    key = list(args)
    if kwds:
        key.append(_KWD_MARK)
        for item in kwds.items():
            key.extend(item)
    if typed:
        key.extend(type(value) for value in args)
        key.extend(type(value) for value in kwds.values())
    return tuple(key)


def lru_cache(maxsize=128, typed=False):
    """Decorator memoizing a function's results, keeping the maxsize most recently used
    (maxsize None: all of them). typed=True caches arguments of different types apart
    (3 and 3.0). Arguments must be hashable. The wrapper has cache_info(), cache_clear()
    and cache_parameters()."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare: @lru_cache
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    # The cache is a dict whose insertion order is the order of use: a hit moves its key to
    # the end, eviction takes the first key. Each step is one dict operation, which a green
    # thread switch cannot split, so no lock is needed.
    cache = {}
    hits = misses = 0

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _cache_key(args, kwds, typed)
            found = cache.get(key, _MISSING)
            if found is _MISSING:
                misses += 1
                found = cache[key] = user_function(*args, **kwds)
            else:
                hits += 1
            return found

    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _cache_key(args, kwds, typed)
            found = cache.pop(key, _MISSING)
            if found is not _MISSING:
                cache[key] = found   # now the most recently used
                hits += 1
                return found
            misses += 1
            found = user_function(*args, **kwds)
            if key not in cache:   # else a recursive call stored it meanwhile: keep that
                if len(cache) >= maxsize:
                    cache.pop(next(iter(cache), _MISSING), None)
                cache[key] = found
            return found

    def cache_info():
        """CacheInfo(hits, misses, maxsize, currsize) of this cache."""
        return _cache_info(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Empty the cache and reset its statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """lru_cache(maxsize=None): remember every result."""
    return _lru_cache_wrapper(user_function, None, False)


# ---------------------------------------------------------------- singledispatch
#
# Dispatch on the class of the first argument: the implementation registered for the first
# class in its method resolution order. ABCs (and other classes the argument is a virtual
# subclass of) have no place in cls.__mro__, so a linearization is computed that includes the
# registered ones cls implements, by C3 as CPython does; when two of them end up unordered
# relative to each other and both would match, the call is ambiguous.

def _c3_merge(sequences):
    """C3 merge of the given lists (consumed)."""
    sequences = [s for s in sequences if s]
    merged = []
    while sequences:
        for sequence in sequences:
            head = sequence[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError('Inconsistent hierarchy')
        merged.append(head)
        for sequence in sequences:
            if sequence[0] is head:
                del sequence[0]
        sequences = [s for s in sequences if s]
    return merged


def _c3_linearization(cls, abcs):
    """cls's MRO with the ABCs of abcs that it implements merged in.

    The bases of cls split at the last one that is itself abstract (has
    __abstractmethods__): those up to it are linearized first, then the ABCs cls implements
    directly (not through any base), then the remaining bases."""
    bases = list(cls.__bases__)
    split = 0
    for i in range(len(bases) - 1, -1, -1):
        if hasattr(bases[i], '__abstractmethods__'):
            split = i + 1
            break
    leading, trailing = bases[:split], bases[split:]
    direct = [abc for abc in abcs
              if issubclass(cls, abc) and not any(issubclass(base, abc) for base in bases)]
    rest = [abc for abc in abcs if abc not in direct]
    return _c3_merge(
        [[cls]]
        + [_c3_linearization(base, rest) for base in leading]
        + [_c3_linearization(abc, rest) for abc in direct]
        + [_c3_linearization(base, rest) for base in trailing]
        + [list(leading), list(direct), list(trailing)])


def _dispatch_order(cls, candidates):
    """The classes to try for cls, most specific first: its MRO plus the candidate classes
    (registered types) it is a virtual subclass of."""
    known = set(cls.__mro__)
    relevant = [t for t in candidates
                if t not in known and hasattr(t, '__mro__')
                and not isinstance(t, GenericAlias) and issubclass(cls, t)]
    # Only the most derived of related candidates matter here; their bases follow from
    # their own MROs.
    relevant = [t for t in relevant
                if not any(t is not other and t in other.__mro__ for other in relevant)]
    chosen = set(relevant)
    abcs = []
    for t in relevant:
        # Subclasses of t that cls also implements fix the order of the ABCs among
        # themselves (longest chains first).
        chains = [[s for s in sub.__mro__ if s in chosen] for sub in t.__subclasses__()
                  if sub not in known and issubclass(cls, sub)]
        if not chains:
            abcs.append(t)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for s in chain:
                if s not in abcs:
                    abcs.append(s)
    return _c3_linearization(cls, abcs)


def _find_impl(cls, registry):
    """The registered implementation for cls (None if there is none)."""
    order = _dispatch_order(cls, registry.keys())
    found = None
    for t in order:
        if found is not None:
            # Two matches in a row that neither cls's own MRO nor subclassing orders.
            if (t in registry and t not in cls.__mro__ and found not in cls.__mro__
                    and not issubclass(found, t)):
                raise RuntimeError(f'Ambiguous dispatch: {found} or {t}')
            break
        if t in registry:
            found = t
    return registry.get(found)


_UnionType = type(int | str)


def _union_members(cls):
    """The members of a union type (int | str, typing.Union[...]), or None."""
    if isinstance(cls, _UnionType):
        return cls.__args__
    import sys
    typing = sys.modules.get('typing')   # without typing loaded there is no typing.Union
    if typing is not None and typing.get_origin(cls) is typing.Union:
        return typing.get_args(cls)
    return None


def _is_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    members = _union_members(cls)
    return members is not None and all(isinstance(m, type) for m in members)


def singledispatch(func):
    """Single-dispatch generic function decorator: func handles any type; register()
    adds implementations for other classes, chosen by the class of the first argument."""
    registry = {object: func}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """The implementation for cls (found through its MRO, cached)."""
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if current != cache_token:
                # An ABC got a new registration: virtual subclassing may have changed.
                dispatch_cache.clear()
                cache_token = current
        impl = dispatch_cache.get(cls, _MISSING)
        if impl is _MISSING:
            impl = registry.get(cls, _MISSING)
            if impl is _MISSING:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func for cls: register(cls, func), @register(cls), or plain @register
        on a function whose first parameter is annotated with the class."""
        nonlocal cache_token
        if not _is_dispatch_type(cls):
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            # The annotations are the function's, also under a classmethod or staticmethod
            # (CPython's forward __annotations__; ours may not).
            annotated = cls.__func__ if isinstance(cls, (classmethod, staticmethod)) else cls
            if not getattr(annotated, '__annotations__', {}):
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                'Use either `@register(some_class)` or plain `@register` '
                                'on an annotated function.')
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(annotated).items()))
            if not _is_dispatch_type(cls):
                if _union_members(cls) is not None:
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        elif func is None:
            return lambda f: register(cls, f)   # used as @register(cls)
        members = _union_members(cls)
        registry.update(dict.fromkeys(members if members is not None else (cls,), func))
        if hasattr(cls, '__abstractmethods__') and cache_token is None:
            cache_token = get_cache_token()   # from now on, watch ABC registrations
        dispatch_cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    vars(wrapper).update(register=register, dispatch=dispatch,
                         registry=_mappingproxy(registry), _clear_cache=dispatch_cache.clear)
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """singledispatch for methods: dispatch on the first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func, self.dispatcher = func, singledispatch(func)

    def register(self, cls, method=None):
        """Register method for cls (see singledispatch's register)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            # args[0] is the first argument after self/cls (IndexError without one, as CPython)
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)

        vars(_method).update(__isabstractmethod__=self.__isabstractmethod__,
                             register=self.register)
        return update_wrapper(_method, self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# -------------------------------------------------------------- cached_property

class cached_property:
    """A property computed once per instance: the first access stores the value in the
    instance's __dict__ under the same name, which later lookups then find first."""

    def __init__(self, func):
        self.func, self.attrname, self.__doc__ = func, None, func.__doc__

    def __set_name__(self, owner, name):
        # The name is that of the class attribute: the key in the instance's __dict__.
        if self.attrname is not None and name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            stored = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance to cache {name!r} property.') from None
        value = stored.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                stored[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                                'instance does not support item assignment for caching '
                                f'{name!r} property.') from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
