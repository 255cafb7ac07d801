"""Size-limited reprs (reprlib.repr, the Repr class) and the recursive_repr decorator, written
for Pyjama after CPython 3.12's documented behaviour."""

__all__ = ['Repr', 'repr', 'recursive_repr']

import builtins
from _thread import get_ident


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call for an object whose repr is already being
    computed in this thread returns fillvalue instead of recursing forever."""

    def decorate(user_function):
        active = set()   # (id(object), thread) pairs inside user_function right now

        def wrapper(self):
            key = id(self), get_ident()
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        # As CPython: the wrapper takes these attributes (but gets no __wrapped__).
        copied = {name: getattr(user_function, name)
                  for name in ('__module__', '__doc__', '__name__', '__qualname__')}
        copied['__annotations__'] = getattr(user_function, '__annotations__', {})
        copied['__type_params__'] = getattr(user_function, '__type_params__', ())
        for name, value in copied.items():
            setattr(wrapper, name, value)
        return wrapper

    return decorate


def _first(items, count):
    """The first count items (islice without importing itertools: collections imports us)."""
    taken = []
    if count > 0:
        for item in items:
            taken.append(item)
            if len(taken) >= count:
                break
    return taken


def _ordered(items):
    """The items sorted when they can be (sets and dict keys print in a stable order)."""
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Builds reprs whose size is bounded: containers show at most max<kind> items and
    maxlevel levels of nesting, long strings, ints and other reprs lose their middle.
    Subclasses add repr_<typename>(obj, level) methods for more types."""

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4,
                 maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
                 maxother=30, fillvalue='...', indent=None):
        self.maxlevel, self.maxtuple, self.maxlist = maxlevel, maxtuple, maxlist
        self.maxarray, self.maxdict, self.maxset = maxarray, maxdict, maxset
        self.maxfrozenset, self.maxdeque, self.maxstring = maxfrozenset, maxdeque, maxstring
        self.maxlong, self.maxother = maxlong, maxother
        self.fillvalue, self.indent = fillvalue, indent

    def repr(self, x):
        return self.repr1(x, self.maxlevel)   # the whole nesting budget

    def repr1(self, x, level):
        """The repr of x with level levels of nesting left: repr_<typename>(x, level) when
        there is such a method (spaces in the type name become underscores), else
        repr_instance."""
        kind = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + kind, None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    # ---- pieces

    def _shortened(self, text, limit):
        """text with its middle replaced by fillvalue when longer than limit (the ends kept
        are sized as if fillvalue had three characters, as CPython does)."""
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _join(self, pieces, level):
        unit = self.indent
        if unit is None:
            return ', '.join(pieces)
        if len(pieces) == 0:
            return ''
        if isinstance(unit, int):
            if unit < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {unit!r})')
            unit = unit * ' '
        elif not isinstance(unit, str):
            raise TypeError(f'Repr.indent must be a str, int or None, not {type(unit)}')
        # One piece per line, each followed by a comma; the closing bracket goes back to the
        # enclosing depth.
        depth = self.maxlevel - level + 1
        lines = ''.join(f'\n{unit * depth}{piece},' for piece in pieces)
        return lines + '\n' + unit * (depth - 1)

    def _bounded(self, x, level, left, right, maxiter, trail=''):
        """left + the reprs of x's first maxiter items + right (fillvalue for the rest)."""
        count = len(x)
        if level <= 0 and count:
            body = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in _first(x, maxiter)]
            if count > maxiter:
                pieces.append(self.fillvalue)
            body = self._join(pieces, level)
            if count == 1 and trail and self.indent is None:
                right = trail + right   # (1,)
        return left + body + right

    # ---- the types CPython's Repr knows (empty sets and arrays have a repr of their own)

    def repr_tuple(self, x, level):
        return self._bounded(x, level, '(', ')', self.maxtuple, trail=',')

    def repr_list(self, x, level):
        return self._bounded(x, level, '[', ']', self.maxlist)

    def repr_deque(self, x, level):
        return self._bounded(x, level, 'deque([', '])', self.maxdeque)

    def repr_array(self, x, level):
        code = x.typecode
        if len(x) == 0:
            return f'array({code!r})'
        return self._bounded(x, level, f"array('{code}', [", '])', self.maxarray)

    def repr_set(self, x, level):
        return self._bounded(_ordered(x), level, '{', '}', self.maxset) if x else 'set()'

    def repr_frozenset(self, x, level):
        if len(x) == 0:
            return 'frozenset()'
        return self._bounded(_ordered(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = [f'{self.repr1(key, level - 1)}: {self.repr1(x[key], level - 1)}'
                  for key in _first(_ordered(x), self.maxdict)]
        if len(x) > self.maxdict:
            pieces.append(self.fillvalue)
        return '{' + self._join(pieces, level) + '}'

    def repr_str(self, x, level):
        shown = builtins.repr(x[:self.maxstring])
        if len(shown) <= self.maxstring:
            return shown
        # Cut the string itself (so that escapes are not split), then its repr, keeping the
        # quotes of the repr.
        head = max(0, (self.maxstring - 3) // 2)
        tail = max(0, self.maxstring - 3 - head)
        shown = builtins.repr(x[:head] + x[len(x) - tail:])
        return shown[:head] + self.fillvalue + shown[len(shown) - tail:]

    def repr_int(self, x, level):
        return self._shortened(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            shown = builtins.repr(x)
        except Exception:   # a broken __repr__ must not break the caller's repr
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._shortened(shown, self.maxother)


aRepr = Repr()
repr = aRepr.repr
