"""Container datatypes, written for Pyjama in plain Python.

CPython implements deque, defaultdict and OrderedDict in C; here they are Python classes whose
observable behaviour (reprs, errors, mutation checks) follows CPython 3.12. The only native piece
is _collections._tuplegetter, the field descriptor of namedtuple classes.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import index as _index, itemgetter as _itemgetter
from reprlib import recursive_repr as _recursive_repr
from _collections import _tuplegetter
from collections import abc as _abc

_GenericAlias = type(list[int])
_NO_DEFAULT = object()   # "argument not given", where None is a legitimate value


# ------------------------------------------------------------------------------------ deque
#
# A ring buffer: _ring is a list whose length is a power of two, _first the slot of the
# leftmost item, _count the number of items. _stamp changes whenever items are added, removed
# or rotated, which is what CPython's iterators (and count/index/remove) check to raise
# "deque mutated during iteration"; replacing an item or reverse() does not change it.
# Methods call each other as deque.method(self, ...): CPython's call their C functions, so a
# subclass overriding append does not see extend's appends.

def _deque_args(args, kwargs):
    """deque()'s argument parsing, with the C type's messages."""
    if len(args) > 2:
        raise TypeError(f'deque() takes at most 2 arguments ({len(args)} given)')
    given = dict(zip(('iterable', 'maxlen'), args))
    for name, value in kwargs.items():
        if name not in ('iterable', 'maxlen') or name in given:
            raise TypeError(f'{name!r} is an invalid keyword argument for deque()')
        given[name] = value
    maxlen = given.get('maxlen')
    if maxlen is not None:
        if not isinstance(maxlen, int):
            raise TypeError('an integer is required')
        maxlen = int(maxlen)
        if maxlen < 0:
            raise ValueError('maxlen must be non-negative')
        if maxlen > _sys.maxsize:
            raise OverflowError('Python int too large to convert to C ssize_t')
    return given.get('iterable', ()), maxlen


def _as_index(n, message):
    if not hasattr(type(n), '__index__'):
        raise TypeError(message)
    return _index(n)


class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ('_ring', '_first', '_count', '_maxlen', '_stamp')

    def __new__(cls, /, *args, **kwargs):
        self = object.__new__(cls)
        self._ring = [None] * 8
        self._first = self._count = self._stamp = 0
        self._maxlen = None
        return self

    def __init__(self, /, *args, **kwargs):
        iterable, maxlen = _deque_args(args, kwargs)
        if self._count:
            deque.clear(self)
        self._maxlen = maxlen
        deque.extend(self, iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # ---- the ring

    def _grow(self):
        """Double the ring, the items moving to slots 0.. in order."""
        self._ring = self._items() + [None] * len(self._ring)
        self._first = 0

    def _items(self):
        """The items left to right as a new list."""
        ring, start, end = self._ring, self._first, self._first + self._count
        if end <= len(ring):
            return ring[start:end]
        return ring[start:] + ring[:end - len(ring)]

    def _reload(self, items):
        """Replace the contents by the list items (a mutation, as far as iterators go)."""
        size = 8
        while size < len(items):
            size *= 2
        self._ring = items + [None] * (size - len(items))
        self._first, self._count = 0, len(items)
        self._stamp += 1

    def _position(self, index):
        """The position (0 to len - 1) of subscript index, checked as CPython does."""
        if not isinstance(index, int):
            index = _as_index(index, 'sequence index must be integer, not '
                                     f'{type(index).__name__!r}')
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError('deque index out of range')
        return index

    # ---- adding and removing at the ends

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        count = self._count
        if self._maxlen is not None and count >= self._maxlen:
            if not count:
                return
            deque.popleft(self)
            count -= 1
        ring = self._ring
        if count == len(ring):
            self._grow()
            ring = self._ring
        ring[(self._first + count) & (len(ring) - 1)] = x
        self._count = count + 1
        self._stamp += 1

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        if self._maxlen is not None and self._count >= self._maxlen:
            if not self._count:
                return
            deque.pop(self)
        if self._count == len(self._ring):
            self._grow()
        ring = self._ring
        self._first = first = (self._first - 1) & (len(ring) - 1)
        ring[first] = x
        self._count += 1
        self._stamp += 1

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._count:
            raise IndexError('pop from an empty deque')
        ring = self._ring
        self._count = count = self._count - 1
        where = (self._first + count) & (len(ring) - 1)
        x, ring[where] = ring[where], None
        self._stamp += 1
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._count:
            raise IndexError('pop from an empty deque')
        ring, first = self._ring, self._first
        x, ring[first] = ring[first], None
        self._first = (first + 1) & (len(ring) - 1)
        self._count -= 1
        self._stamp += 1
        return x

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = self._items()
        push = deque.append
        for x in iterable:
            push(self, x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = self._items()
        push = deque.appendleft
        for x in iterable:
            push(self, x)

    def clear(self):
        """Remove all elements from the deque."""
        self._ring = [None] * 8
        self._first = self._count = 0
        self._stamp += 1

    # ---- the middle

    def insert(self, index, value, /):
        """Insert value before index."""
        index = _index(index)
        if self._count == self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(index, value)
        self._reload(items)

    def remove(self, value, /):
        """Remove the first occurrence of value."""
        where = self._find(value, 0, self._count, IndexError)   # sic: CPython's type
        if where < 0:
            raise ValueError(f'{value!r} is not in deque')
        deque.__delitem__(self, where)

    def __delitem__(self, index):
        where = self._position(index)
        if where == 0:
            deque.popleft(self)
        elif where == self._count - 1:
            deque.pop(self)
        else:
            items = self._items()
            del items[where]
            self._reload(items)

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index(n)
        size = self._count
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items()
            self._reload(items[-n:] + items[:-n])
        else:
            self._stamp += 1

    def reverse(self):
        """Reverse the elements in place (iterators carry on)."""
        items = self._items()
        items.reverse()
        stamp = self._stamp
        self._reload(items)
        self._stamp = stamp

    # ---- searching

    def _find(self, value, start, stop, mutated=RuntimeError):
        """Position of the first item == value in [start, stop), or -1."""
        stamp = self._stamp
        for i in range(start, stop):
            item = self._ring[(self._first + i) & (len(self._ring) - 1)]
            if item is value or item == value:
                return i
            if self._stamp != stamp:
                raise mutated('deque mutated during iteration')
        return -1

    def count(self, value, /):
        """Return the number of occurrences of value."""
        stamp, total = self._stamp, 0
        for i in range(self._count):
            item = self._ring[(self._first + i) & (len(self._ring) - 1)]
            if item is value or item == value:
                total += 1
            if self._stamp != stamp:
                raise RuntimeError('deque mutated during iteration')
        return total

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """Return the first index of value; ValueError if it is not present."""
        bounds = []
        for bound in (start, stop):
            bound = _as_index(bound, 'slice indices must be integers or have an __index__ method')
            if bound < 0:
                bound = max(bound + self._count, 0)
            bounds.append(min(bound, self._count))
        where = self._find(value, *bounds)
        if where < 0:
            raise ValueError(f'{value!r} is not in deque')
        return where

    def __contains__(self, value):
        return self._find(value, 0, self._count) >= 0

    # ---- the sequence protocol

    def __len__(self):
        return self._count

    def __bool__(self):
        return self._count > 0

    def __getitem__(self, index):
        ring = self._ring
        return ring[(self._first + self._position(index)) & (len(ring) - 1)]

    def __setitem__(self, index, value):
        ring = self._ring
        ring[(self._first + self._position(index)) & (len(ring) - 1)] = value

    def __iter__(self):
        return _deque_iterator(self, 0, 1)

    def __reversed__(self):
        return _deque_reverse_iterator(self, self._count - 1, -1)

    # ---- copies, arithmetic, comparisons

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = deque.copy(self)
        deque.extend(result, other)
        return result

    def __iadd__(self, other):
        deque.extend(self, other)
        return self

    def __mul__(self, n):
        return deque.__imul__(deque.copy(self), n)

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _as_index(n, f"can't multiply sequence by non-int of type {type(n).__name__!r}")
        items = self._items()
        if n <= 0:
            deque.clear(self)
        elif n > 1 and items:
            if self._maxlen is None:
                if len(items) * n > _sys.maxsize:
                    raise MemoryError()
            else:
                # Only the last maxlen items survive, and the repetition is periodic.
                n = min(n, self._maxlen // len(items) + 2)
            for _ in range(n - 1):
                deque.extend(self, items)
        return self

    def _compare(self, other, test):
        if not isinstance(other, deque):
            return NotImplemented
        return test(self._items(), other._items())

    def __eq__(self, other):
        return self._compare(other, list.__eq__)

    def __ne__(self, other):
        return self._compare(other, list.__ne__)

    def __lt__(self, other):
        return self._compare(other, list.__lt__)

    def __le__(self, other):
        return self._compare(other, list.__le__)

    def __gt__(self, other):
        return self._compare(other, list.__gt__)

    def __ge__(self, other):
        return self._compare(other, list.__ge__)

    __hash__ = None

    @_recursive_repr('[...]')
    def __repr__(self):
        items = repr(self._items())
        if self._maxlen is None:
            return f'{type(self).__name__}({items})'
        return f'{type(self).__name__}({items}, maxlen={self._maxlen})'

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        args = () if self._maxlen is None else ((), self._maxlen)
        return type(self), args, state, iter(self)

    __class_getitem__ = classmethod(_GenericAlias)


class _deque_iterator:
    """Walks a deque by position; an add, remove or rotate ends the walk with an error."""

    __slots__ = ('_deque', '_at', '_step', '_stamp', '_left')

    def __init__(self, d, start, step):
        self._deque, self._at, self._step = d, start, step
        self._stamp, self._left = d._stamp, d._count

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._stamp != self._stamp:
            self._left = 0
            raise RuntimeError('deque mutated during iteration')
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        ring = d._ring
        item = ring[(d._first + self._at) & (len(ring) - 1)]
        self._at += self._step
        return item

    def __length_hint__(self):
        return self._left


class _deque_reverse_iterator(_deque_iterator):
    __slots__ = ()


_abc.MutableSequence.register(deque)


# ------------------------------------------------------------------------------ OrderedDict
#
# The order of an OrderedDict is simply its dict's insertion order: moving a key to the end is
# a pop and re-insert, moving it to the front rebuilds the dict. So dict(od), json and ** see
# the same order, and plain insertion costs no more than in a dict. Iteration checks the size
# and _OrderedDict__moves, which removals and moves bump (an insertion always changes the
# size, so it needs no bump of its own; clear() does not bump it, as CPython's state).

_dict_len = dict.__len__


def _odict_walk(od, kind, backwards):
    """The keys, values or items of od in order (or backwards). A generator rather than an
    iterator class: the interpreter resumes generators without a nested eval loop, which makes
    iterating several times faster. Mutation while walking raises as in CPython."""
    keys = reversed(dict.keys(od)) if backwards else iter(dict.keys(od))
    moves, size = od._OrderedDict__moves, _dict_len(od)
    try:
        for key in keys:   # a dict's forward iterator itself stops at a change of size
            if od._OrderedDict__moves != moves or (backwards and _dict_len(od) != size):
                break
            if kind == 'keys':
                yield key
            elif kind == 'values':
                yield dict.__getitem__(od, key)
            else:
                yield key, dict.__getitem__(od, key)
        else:
            return
    except RuntimeError:   # 'dictionary changed size during iteration'
        pass
    # CPython's wording tells an insertion, removal or move ("mutated") from a clear().
    if od._OrderedDict__moves == moves and _dict_len(od) < size:
        raise RuntimeError('OrderedDict changed size during iteration')
    raise RuntimeError('OrderedDict mutated during iteration')


def _odict_view(base, kind):
    class view(base):
        __slots__ = ()

        def __iter__(self):
            return _odict_walk(self._mapping, kind, False)

        def __reversed__(self):
            return _odict_walk(self._mapping, kind, True)

        def __repr__(self):
            return f'odict_{kind}({list(self)!r})'

    view.__name__ = view.__qualname__ = 'odict_' + kind
    view.__module__ = 'builtins'
    return view


# CPython's names for the views (they live in builtins there).
_odict_keys = _odict_view(_abc.KeysView, 'keys')
_odict_values = _odict_view(_abc.ValuesView, 'values')
_odict_items = _odict_view(_abc.ItemsView, 'items')


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    __slots__ = ('_OrderedDict__moves', '__dict__')

    def __new__(cls, /, *args, **kwargs):
        self = dict.__new__(cls)
        self.__moves = 0
        return self

    def __init__(self, /, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        OrderedDict.update(self, *args, **kwargs)

    # As in CPython, the methods below use OrderedDict.update itself even when a subclass
    # overrides update; the items still go through self[key] = value.

    def update(self, /, *args, **kwargs):
        """Update from a mapping or an iterable of pairs, then from the keywords."""
        if len(args) > 1:
            raise TypeError(f'update() takes at most 1 positional argument ({len(args)} given)')
        sources = list(args)
        if kwargs:
            sources.append(kwargs)
        for source in sources:
            if type(source) is dict and type(self).__setitem__ is dict.__setitem__:
                dict.update(self, source)
            elif isinstance(source, _abc.Mapping) or hasattr(source, 'keys'):
                for key in source.keys():
                    self[key] = source[key]
            else:
                for pair in source:
                    key, value = iter(pair)
                    self[key] = value

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self.__moves += 1

    def pop(self, key, default=_NO_DEFAULT):
        """Remove key and return its value, or default if key is absent (KeyError without one)."""
        if key in self:
            value = dict.pop(self, key)
            self.__moves += 1
            return value
        if default is _NO_DEFAULT:
            raise KeyError(key)
        return default

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        keys = dict.keys(self)
        key = next(reversed(keys) if last else iter(keys))
        return key, OrderedDict.pop(self, key)

    def setdefault(self, key, default=None):
        """Return self[key], first inserting default if key is absent."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def clear(self):
        """Remove all items."""
        dict.clear(self)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist."""
        if not dict.__contains__(self, key):
            raise KeyError(key)
        keys = dict.keys(self)
        end = next(reversed(keys) if last else iter(keys))
        if end is key or end == key:
            return   # already there: not a move
        value = dict.pop(self, key)
        self.__moves += 1
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def __iter__(self):
        return _odict_walk(self, 'keys', False)

    def __reversed__(self):
        return _odict_walk(self, 'keys', True)

    def keys(self):
        return _odict_keys(self)

    def values(self):
        return _odict_values(self)

    def items(self):
        return _odict_items(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({dict(self.items())!r})'

    def __reduce__(self):
        return type(self), (), vars(self) or None, None, iter(self.items())

    def copy(self):
        """A shallow copy, of the same class (made with no arguments, then filled)."""
        clone = type(self)()
        for key in dict.keys(self):
            clone[key] = self[key]
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        OrderedDict.update(result, other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        OrderedDict.update(result, self)
        return result

    def __ior__(self, other):
        OrderedDict.update(self, other)
        return self


# ------------------------------------------------------------------------------ defaultdict

_defaultdict_reprs = set()   # ids of defaultdicts whose factory repr is in progress


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    A missing key gets default_factory() as its value (in __getitem__ only); with no factory
    it raises KeyError. The other arguments are those of dict().
    """

    __slots__ = ('default_factory',)

    def __new__(cls, /, *args, **kwargs):
        self = dict.__new__(cls)
        self.default_factory = None
        return self

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        # As CPython: '...' for a factory already being shown, '{...}' for our own items
        # when we are that factory.
        me = id(self)
        body = '{...}' if me in _defaultdict_reprs else dict.__repr__(self)
        factory = self.default_factory
        if factory is None:
            shown = 'None'
        elif id(factory) in _defaultdict_reprs:
            shown = '...'
        else:
            _defaultdict_reprs.add(id(factory))
            try:
                shown = repr(factory)
            finally:
                _defaultdict_reprs.discard(id(factory))
        return f'{type(self).__name__}({shown}, {body})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(dict.items(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        dict.update(result, other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        dict.update(result, self)
        return result


# ------------------------------------------------------------------------------- namedtuple

def _checked_names(typename, field_names, rename):
    """Validate the names given to namedtuple() (renaming bad fields if asked)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for i, name in enumerate(fields):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                fields[i] = f'_{i}'
            seen.add(fields[i])
    for name in [typename] + fields:
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    return typename, tuple(fields)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    typename, fields = _checked_names(typename, field_names, rename)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    arity = len(fields)
    signature = ', '.join(fields)
    shown = '(' + ', '.join(f'{name}=%r' for name in fields) + ')'

    # __new__ is compiled so that it has the real parameters: the errors for bad calls
    # ("P.__new__() missing 1 required positional argument: 'y'") come from Python itself.
    namespace = {'_tuple_new': tuple.__new__, '__builtins__': {},
                 '__name__': f'namedtuple_{typename}'}
    packed = f'({signature},)' if fields else '()'
    exec(f'def __new__(_cls, {signature}): return _tuple_new(_cls, {packed})', namespace)
    __new__ = namespace['__new__']
    __new__.__doc__ = f'Create new instance of {typename}({signature})'
    if defaults:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        values = tuple.__new__(cls, iterable)
        if len(values) != arity:
            raise TypeError(f'Expected {arity} arguments, got {len(values)}')
        return values

    def _replace(self, /, **kwds):
        values = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return values

    def __repr__(self):
        return type(self).__name__ + shown % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'
    methods = {'__new__': __new__, '_make': _make, '_replace': _replace,
               '__repr__': __repr__, '_asdict': _asdict, '__getnewargs__': __getnewargs__}
    for name, method in methods.items():
        method.__qualname__ = f'{typename}.{name}'

    body = {
        '__doc__': f'{typename}({signature})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
    }
    for i, name in enumerate(fields):
        body[name] = _tuplegetter(i, f'Alias for field number {i}')
    cls = type(typename, (tuple,), body)

    # The class belongs to the caller's module unless told otherwise (pickle needs it).
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


# ---------------------------------------------------------------------------------- Counter

class Counter(dict):
    """A multiset: a dict from elements to their counts, where absent elements count zero.

    Counter('abca') counts the items of an iterable; Counter({'a': 2}) and Counter(a=2) take
    counts directly. The operators + - | & keep only positive counts.
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """An absent element counts zero (and is not inserted)."""
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, highest count first; only the first n when n is given.
        Equal counts stay in first-seen order."""
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ranked
        n = _index(n)
        return ranked[:n] if n > 0 else []

    def elements(self):
        """Each element repeated count times (counts under one give nothing)."""
        from itertools import chain, repeat
        return chain.from_iterable(repeat(elem, count) for elem, count in self.items())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # A count for every key would be ambiguous (1? v?), so CPython refuses.
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: one per item of an iterable, or the values of a mapping; then kwds."""
        if iterable is not None:
            if not isinstance(iterable, _abc.Mapping):
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
            elif not self:
                super().update(iterable)   # nothing to add to: take the counts as they are
            else:
                for elem, n in iterable.items():
                    self[elem] = n + self.get(elem, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """The opposite of update(); counts may drop to zero or below."""
        if iterable is not None:
            if not isinstance(iterable, _abc.Mapping):
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
            else:
                for elem, n in iterable.items():
                    self[elem] = self.get(elem, 0) - n
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy, of the same class."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        """Forget elem; an absent element is no error (it already counts zero)."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:   # counts that do not order: show them as stored
            shown = dict(self)
        return f'{type(self).__name__}({shown!r})'

    # Comparisons are multiset inclusion, absent elements counting zero; only between Counters.

    def _every_count(self, other, test):
        if not isinstance(other, Counter):
            return NotImplemented
        return (all(test(n, other[elem]) for elem, n in self.items())
                and all(test(self[elem], n) for elem, n in other.items()))

    def __eq__(self, other):
        return self._every_count(other, lambda a, b: a == b)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    def __le__(self, other):
        return self._every_count(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._every_count(other, lambda a, b: a >= b)

    def __lt__(self, other):
        inside = self.__le__(other)
        return inside if inside is NotImplemented else inside and self != other

    def __gt__(self, other):
        around = self.__ge__(other)
        return around if around is NotImplemented else around and self != other

    __hash__ = None

    # Binary operators: a new Counter of combine(self[e], other[e]) over the elements of both
    # (self's first), dropping results that are not positive.

    def _combined(self, other, combine):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, n in self.items():
            kept = combine(n, other[elem])
            if kept > 0:
                result[elem] = kept
        for elem, n in other.items():
            if elem not in self:
                kept = combine(0, n)
                if kept > 0:
                    result[elem] = kept
        return result

    def __add__(self, other):
        return self._combined(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combined(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combined(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combined(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        return Counter({elem: n for elem, n in self.items() if n > 0})

    def __neg__(self):
        return Counter({elem: 0 - n for elem, n in self.items() if n < 0})

    # In-place operators accept any mapping, update self where it stands, then drop the
    # elements whose count is not positive.

    def _keep_positive(self):
        for elem in [elem for elem, n in self.items() if not n > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, n in other.items():
            self[elem] = self[elem] + n
        return self._keep_positive()

    def __isub__(self, other):
        for elem, n in other.items():
            self[elem] = self[elem] - n
        return self._keep_positive()

    def __ior__(self, other):
        for elem, n in other.items():
            if n > self[elem]:
                self[elem] = n
        return self._keep_positive()

    def __iand__(self, other):
        for elem, n in self.items():
            theirs = other[elem]
            if theirs < n:
                self[elem] = theirs
        return self._keep_positive()


# --------------------------------------------------------------------------------- ChainMap

def _first_mapping_error(key):
    return KeyError(f'Key not found in the first mapping: {key!r}')


class ChainMap(_abc.MutableMapping):
    """Several mappings seen as one, through the public list self.maps: a lookup tries each in
    turn; writes and deletions only touch maps[0].
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]   # not 'in': a defaultdict in the chain gives its default
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order the deepest mapping holding them gives.
        order = {}
        for mapping in self.maps[::-1]:
            order.update(dict.fromkeys(mapping))
        return iter(order)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap over one new dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A ChainMap of the same class: maps[0] copied, the others shared."""
        first, *rest = self.maps
        return type(self)(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """This chain with m (default: a new dict, holding kwargs) in front."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """This chain without maps[0]."""
        return type(self)(*self.maps[1:])

    # Mutation: maps[0] only.

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    # The KeyErrors below are raised while handling the mapping's own, as CPython's are, so
    # an uncaught one shows both in its traceback.

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise _first_mapping_error(key)

    def popitem(self):
        """Remove and return some (key, value) of maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value (or the default given)."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise _first_mapping_error(key)

    def clear(self):
        """Empty maps[0]; the other mappings are left alone."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in self.maps[::-1]:
            merged.update(mapping)
        return type(self)(merged)


# ----------------------------------------------------------------------- UserDict, UserList
#
# Wrappers around a real dict or list kept in self.data, meant to be subclassed. Most methods
# just forward to self.data.

def _shallow_copy(obj, data):
    """A new instance of obj's class with obj's attributes, but data as its own data."""
    clone = type(obj).__new__(type(obj))
    vars(clone).update(vars(obj))
    vars(clone)['data'] = data
    return clone


class UserDict(_abc.MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        """Start from the items of dict (a mapping or pairs), then kwargs."""
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __len__(self): return len(self.data)
    def __setitem__(self, key, item): self.data[key] = item
    def __delitem__(self, key): del self.data[key]
    def __iter__(self): return iter(self.data)
    def __contains__(self, key): return key in self.data
    def __repr__(self): return repr(self.data)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __or__(self, other):
        other = other.data if isinstance(other, UserDict) else other
        return type(self)(self.data | other) if isinstance(other, dict) else NotImplemented

    def __ror__(self, other):
        other = other.data if isinstance(other, UserDict) else other
        return type(self)(other | self.data) if isinstance(other, dict) else NotImplemented

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        return _shallow_copy(self, self.data.copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # A subclass may hold more than data: copy.copy() it with an empty data swapped in,
        # then fill the clone through its own __setitem__.
        import copy
        saved, self.data = self.data, {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = saved
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class UserList(_abc.MutableSequence):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other): return self.data < self.__cast(other)
    def __le__(self, other): return self.data <= self.__cast(other)
    def __eq__(self, other): return self.data == self.__cast(other)
    def __gt__(self, other): return self.data > self.__cast(other)
    def __ge__(self, other): return self.data >= self.__cast(other)

    __hash__ = None

    def __repr__(self): return repr(self.data)
    def __contains__(self, item): return item in self.data
    def __len__(self): return len(self.data)
    def __setitem__(self, i, item): self.data[i] = item
    def __delitem__(self, i): del self.data[i]

    def __getitem__(self, i):
        found = self.data[i]
        return type(self)(found) if isinstance(i, slice) else found

    def __add__(self, other):
        if isinstance(other, UserList):
            other = other.data
        elif not isinstance(other, list):
            other = list(other)
        return type(self)(self.data + other)

    def __radd__(self, other):
        if isinstance(other, UserList):
            other = other.data
        elif not isinstance(other, list):
            other = list(other)
        return type(self)(other + self.data)

    def __iadd__(self, other):
        self.data += self.__cast(other) if isinstance(other, (UserList, list)) else list(other)
        return self

    def __mul__(self, n): return type(self)(self.data * n)
    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_copy(self, self.data[:])

    def append(self, item): self.data.append(item)
    def insert(self, i, item): self.data.insert(i, item)
    def pop(self, i=-1): return self.data.pop(i)
    def remove(self, item): self.data.remove(item)
    def clear(self): self.data.clear()
    def copy(self): return type(self)(self)
    def count(self, item): return self.data.count(item)
    def index(self, item, *args): return self.data.index(item, *args)
    def reverse(self): self.data.reverse()
    def sort(self, /, *args, **kwds): self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)


# ------------------------------------------------------------------------------- UserString
#
# UserString wraps a str in self.data. Methods that make a string give back an instance of
# the same class; arguments that may be strings are accepted as UserStrings too (_raw).

def _raw(s):
    return s.data if isinstance(s, UserString) else s


class UserString(_abc.Sequence):

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        self.data = seq if isinstance(seq, str) else str(seq)   # a str subclass is kept

    def __str__(self): return str(self.data)
    def __repr__(self): return repr(self.data)
    def __int__(self): return int(self.data)
    def __float__(self): return float(self.data)
    def __complex__(self): return complex(self.data)
    def __hash__(self): return hash(self.data)
    def __getnewargs__(self): return (self.data[:],)

    def __eq__(self, string): return self.data == _raw(string)
    def __lt__(self, string): return self.data < _raw(string)
    def __le__(self, string): return self.data <= _raw(string)
    def __gt__(self, string): return self.data > _raw(string)
    def __ge__(self, string): return self.data >= _raw(string)

    def __contains__(self, char): return _raw(char) in self.data
    def __len__(self): return len(self.data)
    def __getitem__(self, index): return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, (UserString, str)):
            return type(self)(self.data + _raw(other))
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n): return type(self)(self.data * n)
    __rmul__ = __mul__
    def __mod__(self, args): return type(self)(self.data % args)
    def __rmod__(self, template): return type(self)(str(template) % self)

    # Methods giving a new string.
    def capitalize(self): return type(self)(self.data.capitalize())
    def casefold(self): return type(self)(self.data.casefold())
    def center(self, width, *args): return type(self)(self.data.center(width, *args))
    def expandtabs(self, tabsize=8): return type(self)(self.data.expandtabs(tabsize))
    def ljust(self, width, *args): return type(self)(self.data.ljust(width, *args))
    def lower(self): return type(self)(self.data.lower())
    def lstrip(self, chars=None): return type(self)(self.data.lstrip(chars))
    def removeprefix(self, prefix, /): return type(self)(self.data.removeprefix(_raw(prefix)))
    def removesuffix(self, suffix, /): return type(self)(self.data.removesuffix(_raw(suffix)))
    def rjust(self, width, *args): return type(self)(self.data.rjust(width, *args))
    def rstrip(self, chars=None): return type(self)(self.data.rstrip(chars))
    def strip(self, chars=None): return type(self)(self.data.strip(chars))
    def swapcase(self): return type(self)(self.data.swapcase())
    def title(self): return type(self)(self.data.title())
    def translate(self, *args): return type(self)(self.data.translate(*args))
    def upper(self): return type(self)(self.data.upper())
    def zfill(self, width): return type(self)(self.data.zfill(width))

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(_raw(old), _raw(new), maxsplit))

    # Methods giving something else, straight from str (format and join too, as CPython's).
    def format(self, /, *args, **kwds): return self.data.format(*args, **kwds)
    def format_map(self, mapping): return self.data.format_map(mapping)
    def join(self, seq): return self.data.join(seq)
    def count(self, sub, start=0, end=_sys.maxsize): return self.data.count(_raw(sub), start, end)
    def find(self, sub, start=0, end=_sys.maxsize): return self.data.find(_raw(sub), start, end)
    def rfind(self, sub, start=0, end=_sys.maxsize): return self.data.rfind(_raw(sub), start, end)
    def index(self, sub, start=0, end=_sys.maxsize): return self.data.index(sub, start, end)
    def rindex(self, sub, start=0, end=_sys.maxsize): return self.data.rindex(sub, start, end)
    def endswith(self, suffix, start=0, end=_sys.maxsize): return self.data.endswith(suffix, start, end)
    def startswith(self, prefix, start=0, end=_sys.maxsize): return self.data.startswith(prefix, start, end)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def isalpha(self): return self.data.isalpha()
    def isalnum(self): return self.data.isalnum()
    def isascii(self): return self.data.isascii()
    def isdecimal(self): return self.data.isdecimal()
    def isdigit(self): return self.data.isdigit()
    def isidentifier(self): return self.data.isidentifier()
    def islower(self): return self.data.islower()
    def isnumeric(self): return self.data.isnumeric()
    def isprintable(self): return self.data.isprintable()
    def isspace(self): return self.data.isspace()
    def istitle(self): return self.data.istitle()
    def isupper(self): return self.data.isupper()

    def partition(self, sep): return self.data.partition(sep)
    def rpartition(self, sep): return self.data.rpartition(sep)
    def split(self, sep=None, maxsplit=-1): return self.data.split(sep, maxsplit)
    def rsplit(self, sep=None, maxsplit=-1): return self.data.rsplit(sep, maxsplit)
    def splitlines(self, keepends=False): return self.data.splitlines(keepends)

    maketrans = str.maketrans
