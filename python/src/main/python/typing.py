"""Run-time support for type hints (Pyjama).

Type checkers read annotations; the program only needs the objects they are made of to exist,
compare, print and introspect the way CPython 3.12's do.  This module builds them in layers:

  1. helpers that turn annotation arguments into checked type expressions;
  2. the special forms (Union, Optional, ClassVar, Literal, ...) as _SpecialForm objects;
  3. the alias objects that subscription produces (List[int], Union[int, str], Callable[..., T]),
     with type-variable substitution;
  4. TypeVar, ParamSpec and TypeVarTuple (what PEP 695's `def f[T]` also creates: the
     interpreter imports this module for them), Generic and Protocol;
  5. NamedTuple, TypedDict, NewType, the decorators and get_type_hints/get_origin/get_args;
  6. the generic aliases of the builtin and collections.abc classes, and the IO classes.

The class names of the alias objects (_GenericAlias, _UnionGenericAlias, ...) are CPython's,
because code looks at them (type(x) is typing._GenericAlias); everything else is our own.
"""

import collections
import collections.abc
import operator
import sys
import types
from abc import ABCMeta, abstractmethod
from types import GenericAlias

__all__ = [
    # special forms and the classes behind them
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    # generic versions of the collections.abc classes
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager',
    # structural checks
    'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    # generic versions of concrete collections
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    # other
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs',
    'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
    'TypeAlias', 'TypeGuard', 'TypeAliasType', 'Unpack',
]

TYPE_CHECKING = False


# ====================================================================== helpers

def _calling_module(depth):
    """__name__ of the module whose code is `depth` frames above the caller of this function,
    or None when the interpreter cannot tell (Pyjama: a call that came through a builtin)."""
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _type_repr(obj):
    """How typing prints a type argument: builtins by bare name, other classes qualified by
    their module, ... for Ellipsis, functions by name, parameter lists in brackets."""
    if obj is ...:
        return '...'
    if isinstance(obj, tuple):
        return '[' + ', '.join(map(_type_repr, obj)) + ']'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if not isinstance(obj, type) or isinstance(obj, GenericAlias):
        return repr(obj)
    module = obj.__module__
    return obj.__qualname__ if module == 'builtins' else module + '.' + obj.__qualname__


def _convert(arg, module=None, *, allow_special_forms=False):
    # None stands for its type; a string is a forward reference to evaluate later.
    if isinstance(arg, str):
        arg = ForwardRef(arg, module=module, is_class=allow_special_forms)
    return type(None) if arg is None else arg


def _checked(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """arg converted (None, strings), or TypeError when it cannot stand where a type goes:
    a bare special form, Generic/Protocol, ClassVar or Final inside another type, a tuple."""
    arg = _convert(arg, module, allow_special_forms=allow_special_forms)
    # ClassVar[...] may only annotate a class attribute, Final[...] only a name
    forbidden_origins = [Generic, Protocol]
    if not allow_special_forms:
        forbidden_origins += [ClassVar, Final] if is_argument else [ClassVar]
    if isinstance(arg, _GenericAlias) and arg.__origin__ in forbidden_origins:
        raise TypeError(f'{arg} is not valid as type argument')
    standalone = _STANDALONE_FORMS + ((ClassVar, Final) if allow_special_forms else ())
    if arg in standalone:
        return arg
    if arg in (Generic, Protocol) or isinstance(arg, _SpecialForm):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _is_param_expr(arg):
    """Can arg stand for a parameter list (what a ParamSpec is replaced by)?"""
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _is_unpacked_typevartuple(arg):
    return (not isinstance(arg, type)
            and getattr(arg, '__typing_is_unpacked_typevartuple__', False))


def _is_typevar_like(arg):
    return isinstance(arg, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(arg)


def _parameters_of(args):
    """The type variables that occur in args, in order of first appearance."""
    found = []
    def note(var):
        if var not in found:
            found.append(var)
    for arg in args:
        if isinstance(arg, type) and not isinstance(arg, GenericAlias):
            continue
        if isinstance(arg, (tuple, list)):
            for var in _parameters_of(arg):
                note(var)
        elif hasattr(arg, '__typing_subst__'):
            note(arg)
        elif isinstance(arg, GenericAlias):
            # the interpreter's list[T] does not track its variables: look into its arguments
            for var in _parameters_of(arg.__args__):
                note(var)
        else:
            for var in getattr(arg, '__parameters__', ()):
                note(var)
    return tuple(found)


def _without_duplicates(items):
    # by equality rather than hash, so unhashable Literal values survive
    kept = []
    for item in items:
        if item not in kept:
            kept.append(item)
    return kept


def _arity_error(alias, given, expected):
    many = 'many' if given > expected else 'few'
    return TypeError(f'Too {many} arguments for {alias}; actual {given}, expected {expected}')


def _memo(function):
    """Cache a subscription on its (hashable) arguments: List[int] is List[int], as in CPython,
    and repeated annotations cost a dictionary lookup.  The key includes the arguments' types,
    so that Literal[1] and Literal[True] (equal values) stay apart."""
    table = {}
    def cached(*args):
        key = args + tuple(type(a) for a in args)
        try:
            return table[key]
        except KeyError:
            pass
        except TypeError:           # an unhashable argument, such as Literal[[1]]
            return function(*args)
        if len(table) >= 256:       # bounded, like CPython's lru_cache: a long-lived kernel
            table.clear()           # must not accumulate every alias ever made
        result = table[key] = function(*args)
        return result
    cached.__name__ = function.__name__
    cached.__qualname__ = function.__qualname__
    cached.__doc__ = function.__doc__
    cached.__wrapped__ = function
    return cached


class _Sealed:
    """Base of typing's own object kinds: user code may not subclass them (typing's own
    subclasses pass _root=True)."""
    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, _root=False, **kwargs):
        if not _root:
            raise TypeError('Cannot subclass special typing classes')


class _Unionable:
    """X | Y for typing's objects: the same as Union[X, Y]."""
    __slots__ = ()

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


# ====================================================================== special forms

class _SpecialForm(_Unionable, _Sealed, _root=True):
    # A name such as Union or ClassVar: printable, subscriptable (through its _subscript
    # function), but not a class.  No class docstring: __doc__ is a slot, each form has its own.
    __slots__ = ('_name', '__doc__', '_subscript')

    def __init__(self, name, doc, subscript=None):
        self._name = name
        self.__doc__ = doc
        self._subscript = subscript

    @_memo
    def __getitem__(self, arg):
        if self._subscript is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._subscript(self, arg)

    def __getattr__(self, attr):
        # the form's name doubles as its __name__ and __qualname__
        if attr not in ('__name__', '__qualname__'):
            raise AttributeError(attr)
        return self._name

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):       # pickled by name
        return self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    # a form is not a class: isinstance(x, ClassVar) makes no sense
    def __instancecheck__(self, instance):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, klass):
        raise TypeError(f'{self} cannot be used with issubclass()')


class _LiteralSpecialForm(_SpecialForm, _root=True):
    # Literal's subscript function takes the values as separate arguments (for _memo's sake:
    # each value's type is part of the cache key)
    def __getitem__(self, values):
        return self._subscript(self, *(values if isinstance(values, tuple) else (values,)))


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is not Any:
            return super().__instancecheck__(obj)
        raise TypeError('typing.Any cannot be used with isinstance()')

    def __repr__(self):
        return 'typing.Any' if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type compatible with every type.  Subclassing it (allowed since 3.11) makes a class
    that type checkers accept wherever anything is expected."""

    def __new__(cls, *args, **kwargs):
        if cls is not Any:
            return super().__new__(cls)
        raise TypeError('Any cannot be instantiated')


def _sole_type(form, arg):
    return _checked(arg, f'{form} accepts only single type.')


def _wrap_sole(form, arg):
    # ClassVar[X], Final[X], TypeGuard[X]
    return _GenericAlias(form, (_sole_type(form, arg),))


def _wrap_key_marker(form, arg):
    # Required[X], NotRequired[X] (their message differs from the others')
    return _GenericAlias(form, (_checked(arg, f'{form._name} accepts only a single type.'),))


def _union_of(form, members):
    if members == ():
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for member in (members if isinstance(members, tuple) else (members,)):
        member = _checked(member, 'Union[arg, ...]: each arg must be a type.')
        # nested unions (typing's or X | Y) dissolve into this one
        nested = isinstance(member, (_UnionGenericAlias, types.UnionType))
        flat += member.__args__ if nested else (member,)
    flat = tuple(_without_duplicates(flat))
    if len(flat) == 1:
        return flat[0]
    optional = len(flat) == 2 and type(None) in flat
    return _UnionGenericAlias(form, flat, name='Optional' if optional else None)


def _optional_of(form, arg):
    return Union[_checked(arg, f'{form} requires a single type.'), type(None)]


@_memo
def _literal_of(form, *values):
    flat = []
    for value in values:
        flat += value.__args__ if isinstance(value, _LiteralGenericAlias) else (value,)
    try:
        # 1 and True are different literals: compare (value, type) pairs
        flat = [pair[0] for pair in _without_duplicates([(v, type(v)) for v in flat])]
    except TypeError:
        pass
    return _LiteralGenericAlias(form, tuple(flat))


def _concatenation(form, parts):
    if parts == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    parts = parts if isinstance(parts, tuple) else (parts,)
    *leading, last = parts
    if last is not ... and not isinstance(last, ParamSpec):
        raise TypeError('The last parameter to Concatenate should be a '
                        'ParamSpec variable or ellipsis.')
    checked = [_checked(p, 'Concatenate[arg, ...]: each arg must be a type.') for p in leading]
    return _ConcatenateGenericAlias(form, (*checked, last))


def _unpacking(form, arg):
    return _UnpackGenericAlias(form, (_sole_type(form, arg),))


NoReturn = _SpecialForm('NoReturn', 'The return type of functions that never return.')
Never = _SpecialForm('Never', 'The bottom type: no value has it.')
Self = _SpecialForm('Self', 'The type of the enclosing class\'s instance ("self").')
LiteralString = _SpecialForm('LiteralString', 'Any str made only of literal strings.')
TypeAlias = _SpecialForm('TypeAlias', 'Marks an assignment as a type alias: X: TypeAlias = int.')
ClassVar = _SpecialForm(
    'ClassVar', 'Marks a class attribute that instances must not set: x: ClassVar[int].',
    _wrap_sole)
Final = _SpecialForm(
    'Final', 'Marks a name that must not be reassigned or overridden: MAX: Final[int] = 9.',
    _wrap_sole)
TypeGuard = _SpecialForm(
    'TypeGuard', 'The return type of a function that narrows its argument: '
    '-> TypeGuard[list[str]].', _wrap_sole)
Required = _SpecialForm(
    'Required', 'Marks a TypedDict key that must be present, in a total=False TypedDict.',
    _wrap_key_marker)
NotRequired = _SpecialForm('NotRequired', 'Marks a TypedDict key that may be absent.',
                           _wrap_key_marker)
Union = _SpecialForm(
    'Union', 'Union[X, Y]: a value of type X or of type Y (nested unions flatten, duplicates '
    'go, a single type stands for itself).', _union_of)
Optional = _SpecialForm('Optional', 'Optional[X] is Union[X, None].', _optional_of)
Literal = _LiteralSpecialForm(
    'Literal', 'Literal[v, ...]: exactly one of the given values (compared with their types, '
    'so Literal[1] and Literal[True] differ).', _literal_of)
Concatenate = _SpecialForm(
    'Concatenate', 'Concatenate[X, Y, P]: parameters X and Y followed by those of ParamSpec P.',
    _concatenation)
Unpack = _SpecialForm(
    'Unpack', 'Unpack[Ts] is *Ts: a TypeVarTuple (or tuple type) spread into a parameter list.',
    _unpacking)

# the special forms that are valid types on their own
_STANDALONE_FORMS = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)


# ====================================================================== aliases

def _as_tuple(x):
    return x if isinstance(x, tuple) else (x,)


class _NoIteration:
    # Aliases define __getitem__, which would make iter() call alias[0], alias[1], ...
    __slots__ = ()
    __iter__ = None


# Attributes an alias keeps for itself; any other (non-dunder) one is the origin's.
_ALIAS_OWN_ATTRS = frozenset({'_name', '_inst', '_nparams', '_defaults'})


def _later_bases_are_generic(alias, bases):
    for base in bases[bases.index(alias) + 1:]:
        if isinstance(base, _BaseGenericAlias):
            return True
        if isinstance(base, type) and issubclass(base, Generic):
            return True
    return False


class _BaseGenericAlias(_Unionable, _Sealed, _root=True):
    """What every alias shares: it stands for its origin class (calling it makes an instance of
    the origin, other attributes are the origin's) but refuses isinstance checks."""

    def __init__(self, origin, *, inst=True, name=None):
        self.__origin__ = origin
        self._name = name
        self._inst = inst      # False for List & co: use list() rather than List()

    def __call__(self, *a, **kw):
        origin = self.__origin__
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {origin.__name__}() instead')
        made = origin(*a, **kw)
        try:
            made.__orig_class__ = self      # Box[int]() remembers its alias
        except AttributeError:
            pass
        return made

    def __mro_entries__(self, bases):
        # As a base: the origin, plus Generic unless a later base brings it.
        entries = () if self.__origin__ in bases else (self.__origin__,)
        return entries if _later_bases_are_generic(self, bases) else entries + (Generic,)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        # Dunders are not relayed: copy and pickle must see the alias itself.
        if _is_dunder(attr) or '__origin__' not in self.__dict__:
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __setattr__(self, attr, value):
        if not _is_dunder(attr) and attr not in _ALIAS_OWN_ATTRS:
            setattr(self.__origin__, attr, value)
        else:
            super().__setattr__(attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __dir__(self):
        mine = set(super().__dir__())
        return sorted(mine.union(n for n in dir(self.__origin__) if not _is_dunder(n)))


def _substitute(arg, mapping):
    """arg with the type variables of mapping replaced (mapping: variable -> argument)."""
    if isinstance(arg, type) and not isinstance(arg, GenericAlias):
        return arg
    if hasattr(arg, '__typing_subst__'):
        return arg.__typing_subst__(mapping[arg])
    if isinstance(arg, tuple):
        return tuple(_substitute_all(arg, mapping, None))
    if isinstance(arg, GenericAlias):
        # the interpreter's list[T] cannot be subscripted again: rebuild it
        new = tuple(_substitute_all(arg.__args__, mapping, arg.__origin__))
        return arg if new == arg.__args__ else GenericAlias(arg.__origin__, new)
    if isinstance(arg, types.UnionType):
        return _or_all(_substitute_all(arg.__args__, mapping, None))
    free = getattr(arg, '__parameters__', ())
    if not free:
        return arg
    values = []
    for var in free:
        values += mapping[var] if isinstance(var, TypeVarTuple) else (mapping[var],)
    return arg[tuple(values)]


def _or_all(members):
    result = members[0]
    for member in members[1:]:
        result = result | member
    return result


def _substitute_all(args, mapping, origin):
    """_substitute over an argument tuple, splicing where a variable stood for several
    arguments: an unpacked TypeVarTuple, or a ParamSpec among Callable's arguments."""
    out = []
    for arg in args:
        new = _substitute(arg, mapping)
        spliced = _is_unpacked_typevartuple(arg) or (
            origin is collections.abc.Callable and isinstance(new, tuple))
        out += new if spliced else (new,)
    return out


def _flatten_unpacked_tuples(args):
    # Tuple[*tuple[int, str]] counts as two arguments
    out = []
    for arg in args:
        inner = getattr(arg, '__typing_unpacked_tuple_args__', None)
        fixed_length = inner is not None and not (inner and inner[-1] is ...)
        out += inner if fixed_length else (arg,)
    return tuple(out)


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], Box[T], ClassVar[int] (origin, arguments, and the
    type variables still free in them)."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        args = _as_tuple(args)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _parameters_of(args)
        if not name:
            self.__module__ = origin.__module__     # Box[int] belongs to Box's module

    # Equal aliases have equal _identity() (subclasses redefine it).
    def _identity(self):
        return self.__origin__, self.__args__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self):
        return hash(self._identity())

    @_memo
    def __getitem__(self, args):
        # Box[T][int]: substitute the free type variables
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self} is not a generic class')
        args = _flatten_unpacked_tuples(tuple(_convert(a) for a in _as_tuple(args)))
        for var in params:
            if hasattr(var, '__typing_prepare_subst__'):
                args = var.__typing_prepare_subst__(self, args)
        if len(args) != len(params):
            raise _arity_error(self, len(args), len(params))
        substituted = _substitute_all(self.__args__, dict(zip(params, args)), self.__origin__)
        return self.copy_with(tuple(substituted))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = _type_repr(self.__origin__) if not self._name else 'typing.' + self._name
        inside = ', '.join(map(_type_repr, self.__args__)) or '()'
        return f'{head}[{inside}]'

    def __reduce__(self):
        args = self.__args__
        key = args[0] if len(args) == 1 and not isinstance(args[0], tuple) else args
        return operator.getitem, (globals()[self._name] if self._name else self.__origin__, key)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:          # List[int] and friends: the builtin or ABC, plus Generic
            return super().__mro_entries__(bases)
        if origin is Generic:
            # Generic[T] gives way to a Protocol or to another generic base after it
            later = bases[bases.index(self) + 1:]
            if Protocol in bases or any(isinstance(b, _BaseGenericAlias) for b in later):
                return ()
        return (origin,)

    def __iter__(self):
        # *Tuple[int, str] in a subscription
        yield Unpack[self]


class _TypingEllipsisType:
    """Marks `...` inside Tuple[X, ...] and Callable[..., R] while they are built."""


_TypingEllipsis = _TypingEllipsisType


class _SpecialGenericAlias(_NoIteration, _BaseGenericAlias, _root=True):
    """An unsubscripted generic alias of a builtin or ABC: List, Dict, Iterable.  Unlike its
    subscriptions it works with isinstance()."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name or origin.__name__)
        self._nparams = nparams
        self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}'

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    @_memo
    def __getitem__(self, params):
        params = tuple(_checked(p, 'Parameters to generic types must be types.')
                       for p in _as_tuple(params))
        expected = self._nparams
        if not expected:
            raise TypeError(f'{self} is not a generic class')
        if len(params) != expected:
            raise _arity_error(self, len(params), expected)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __subclasscheck__(self, cls):
        # List works like list in issubclass(); List[int] does not
        if isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        if isinstance(cls, _SpecialGenericAlias):
            cls = cls.__origin__
        return issubclass(cls, self.__origin__)


class _DeprecatedGenericAlias(_SpecialGenericAlias, _root=True):
    # typing.ByteString: still usable, warned about in isinstance() and issubclass()
    def __subclasscheck__(self, cls):
        import warnings
        warnings.warn(f"'typing.{self._name}' is deprecated and slated for removal in Python 3.14",
                      DeprecationWarning, stacklevel=2)
        return super().__subclasscheck__(cls)


class _CallableGenericAlias(_NoIteration, _GenericAlias, _root=True):
    """Callable[[A, B], R], kept with flat arguments (A, B, R) as in CPython."""

    def _has_param_expr(self):
        # Callable[P, R], Callable[..., R], Callable[Concatenate[...], R]
        args = self.__args__
        return len(args) == 2 and _is_param_expr(args[0])

    def __repr__(self):
        if self._has_param_expr():
            return super().__repr__()
        *params, result = map(_type_repr, self.__args__)
        return f'typing.Callable[[{", ".join(params)}], {result}]'

    def __reduce__(self):
        args = self.__args__
        key = args if self._has_param_expr() else (list(args[:-1]), args[-1])
        return operator.getitem, (Callable, key)

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    """typing.Callable itself."""

    def __getitem__(self, params):
        try:
            args, result = params if isinstance(params, tuple) else ()
        except ValueError:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].') from None
        return self._build(tuple(args) if isinstance(args, list) else args, result)

    @_memo
    def _build(self, args, result):
        result = _checked(result, 'Callable[args, result]: result must be a type.')
        if args is ...:
            args = (_TypingEllipsis,)
        else:
            args = tuple(_convert(a) for a in _as_tuple(args))
        return self.copy_with(args + (result,))

    copy_with = _CallableGenericAlias.copy_with


class _TupleType(_SpecialGenericAlias, _root=True):
    """typing.Tuple itself: any number of arguments, or Tuple[X, ...]."""

    @_memo
    def __getitem__(self, params):
        params = _as_tuple(params)
        if len(params) < 2 or params[-1] is not ...:
            msg = 'Tuple[t0, t1, ...]: each t must be a type.'
            return self.copy_with(tuple(_checked(p, msg) for p in params))
        msg = 'Tuple[t, ...]: t must be a type.'
        return self.copy_with(tuple(_checked(p, msg) for p in params[:-1]) + (_TypingEllipsis,))


class _UnionGenericAlias(_NoIteration, _GenericAlias, _root=True):
    """Union[X, Y]; equal to another union (also X | Y) with the same members in any order."""

    def _identity(self):
        return frozenset(self.__args__)

    __hash__ = _GenericAlias.__hash__

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            mine, theirs = self.__args__, other.__args__
            try:
                return set(mine) == set(theirs)
            except TypeError:       # unhashable members
                return all(m in theirs for m in mine) and all(t in mine for t in theirs)
        return NotImplemented

    def __subclasscheck__(self, cls):
        # works, unlike other subscripted generics: isinstance(1, Union[int, str])
        return any(issubclass(cls, member) for member in self.__args__)

    def __repr__(self):
        members = self.__args__
        if len(members) == 2 and type(None) in members:
            kept = members[0] if members[1] is type(None) else members[1]
            return f'typing.Optional[{_type_repr(kept)}]'
        return super().__repr__()

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)

    def copy_with(self, params):
        return Union[params]


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """Literal[...]: equal to another with the same (value, type) pairs in any order."""

    def _identity(self):
        return frozenset((value, type(value)) for value in self.__args__)

    def __eq__(self, other):
        return _GenericAlias.__eq__(self, other) if isinstance(other, _LiteralGenericAlias) \
            else NotImplemented

    __hash__ = _GenericAlias.__hash__


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        # substituting the ParamSpec by a parameter list yields that flat list
        *leading, last = params
        if isinstance(last, (list, tuple)):
            return (*leading, *last)
        if isinstance(last, _ConcatenateGenericAlias):
            return _GenericAlias.copy_with(self, (*leading, *last.__args__))
        return _GenericAlias.copy_with(self, params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    """Unpack[Ts] or Unpack[Tuple[int, str]] (the same as *Ts and *Tuple[int, str])."""

    def __repr__(self):
        return 'typing.Unpack[' + _type_repr(self.__args__[0]) + ']'

    def __getitem__(self, args):
        # *Ts substituted: the arguments themselves, to be spliced by the caller
        unpacks_variable = isinstance(self.__args__[0], TypeVarTuple)
        return args if unpacks_variable else _GenericAlias.__getitem__(self, args)

    @property
    def __typing_unpacked_tuple_args__(self):
        inner, = self.__args__
        is_tuple = isinstance(inner, _GenericAlias) and inner.__origin__ is tuple
        return inner.__args__ if is_tuple else None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        inner, = self.__args__
        return isinstance(inner, TypeVarTuple)


class _AnnotatedAlias(_NoIteration, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: the type T carrying metadata (nested ones merge)."""

    def __init__(self, origin, metadata):
        while isinstance(origin, _AnnotatedAlias):
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def _identity(self):
        return self.__origin__, self.__metadata__

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self._identity() == other._identity()

    __hash__ = _GenericAlias.__hash__

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        shown = [_type_repr(self.__origin__)] + [repr(m) for m in self.__metadata__]
        return f'typing.Annotated[{", ".join(shown)}]'

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__, *self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return _BaseGenericAlias.__getattr__(self, attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: type T with metadata x for tools; at run time Annotated[int, x]
    behaves as int (get_type_hints strips it unless include_extras=True)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        return _annotate(*_as_tuple(params))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


@_memo
def _annotate(*params):
    if len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    first, *metadata = params
    if _is_unpacked_typevartuple(first):
        raise TypeError('Annotated[...] should not be used with an unpacked TypeVarTuple')
    origin = _checked(first, 'Annotated[t, ...]: t must be a type.', allow_special_forms=True)
    return _AnnotatedAlias(origin, tuple(metadata))


# ====================================================================== type variables

def _variable_module():
    # The module that created a TypeVar: three frames up (this, __init__, the caller).
    # When the interpreter cannot tell (PEP 695 creates them from the VM), say 'typing'
    # as CPython does for those.
    return _calling_module(2) or 'typing'


class _TypeVarLike:
    """What TypeVar, ParamSpec and TypeVarTuple share; like CPython's C types they cannot be
    subclassed, and an instance cannot be a base class."""
    __slots__ = ()

    def __init_subclass__(cls, /, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f"type 'typing.{cls.__mro__[1].__name__}' is not an acceptable base type")

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')

    def __reduce__(self):
        return self.__name__

    def _set_variance(self, covariant, contravariant, infer_variance):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if infer_variance and (covariant or contravariant):
            raise ValueError('Variance cannot be specified with infer_variance.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__


class TypeVar(_Unionable, _TypeVarLike):
    """A type variable: T = TypeVar('T'), optionally bound=Upper or constrained to a fixed set
    of types, and covariant, contravariant or (PEP 695) of inferred variance."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        if not isinstance(name, str):
            raise TypeError(f"typevar() argument 'name' must be str, not {type(name).__name__}")
        self.__name__ = name
        self._set_variance(covariant, contravariant, infer_variance)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(constraints)
        self.__bound__ = None if bound is None else _checked(bound, 'Bound must be a type.')
        self.__module__ = _variable_module()

    def __typing_subst__(self, arg):
        return _checked(arg, 'Parameters to generic types must be types.', is_argument=True)


class TypeVarTuple(_TypeVarLike):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used unpacked as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        self.__module__ = _variable_module()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')

    def __typing_prepare_subst__(self, alias, args):
        # gather the arguments that fall on *Ts into one tuple
        params = alias.__parameters__
        where = params.index(self)
        if any(isinstance(p, TypeVarTuple) for p in params[where + 1:]):
            raise TypeError(f'More than one TypeVarTuple parameter in {alias}')
        before, after = where, len(params) - where - 1
        if before + after > len(args):
            raise TypeError(f'Too few arguments for {alias}; actual {len(args)}, '
                            f'expected at least {len(params) - 1}')
        end = len(args) - after
        return (*args[:before], tuple(args[before:end]), *args[end:])


class _ParamSpecPart:
    # P.args and P.kwargs: what *args and **kwargs of a function typed with P are
    _part = None

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        origin = self.__origin__
        shown = origin.__name__ if isinstance(origin, ParamSpec) else repr(origin)
        return f'{shown}.{self._part}'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((self._part, self.__origin__))

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')


class ParamSpecArgs(_ParamSpecPart):
    """P.args: the positional arguments of ParamSpec P (for annotating *args)."""
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    """P.kwargs: the keyword arguments of ParamSpec P (for annotating **kwargs)."""
    _part = 'kwargs'


class ParamSpec(_Unionable, _TypeVarLike):
    """A parameter-list variable: P = ParamSpec('P') in Callable[P, R], with P.args and
    P.kwargs for the signature of a wrapper."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant, infer_variance)
        # CPython 3.12 keeps bound=None as NoneType here (unlike TypeVar)
        self.__bound__ = _checked(bound, 'Bound must be a type.')
        self.__module__ = _variable_module()

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_checked(a, 'Expected a type.') for a in arg)
        if not _is_param_expr(arg):
            raise TypeError(f'Expected a list of types, an ellipsis, ParamSpec, '
                            f'or Concatenate. Got {arg}')
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        where = params.index(self)
        if where >= len(args):
            raise TypeError(f'Too few arguments for {alias}')
        if len(params) == 1 and not _is_param_expr(args[0]):
            # Z[int, str] means Z[[int, str]] when P is Z's only parameter (PEP 612)
            return (args,)
        if isinstance(args[where], list):
            return (*args[:where], tuple(args[where]), *args[where + 1:])
        return args


# ====================================================================== Generic

def _generic_subscript(cls, params):
    """Generic[T, ...] and Protocol[T, ...] (declaring parameters), or C[int] for a generic
    class C (supplying them)."""
    params = tuple(_convert(p) for p in _as_tuple(params))
    if cls in (Generic, Protocol):
        if not params:
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        if not all(_is_typevar_like(p) for p in params):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                            f'or parameter specification variables.')
        if len(set(params)) != len(params):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        return _GenericAlias(cls, params)
    declared = cls.__parameters__
    for var in declared:
        if hasattr(var, '__typing_prepare_subst__'):
            params = var.__typing_prepare_subst__(cls, params)
    if not declared:
        raise TypeError(f'{cls} is not a generic class')
    if len(params) != len(declared):
        raise _arity_error(cls, len(params), len(declared))
    spread = []         # a TypeVarTuple's arguments come as one tuple: spread them
    for var, value in zip(declared, params):
        spread += value if isinstance(var, TypeVarTuple) else (value,)
    return _GenericAlias(cls, tuple(spread))


def _declare_parameters(cls):
    """Set cls.__parameters__ from the type variables in its bases as written; when one of
    them is Generic[...] or Protocol[...], that one lists them all."""
    if '__orig_bases__' in cls.__dict__:
        plain_generic = Generic in cls.__orig_bases__
    else:
        plain_generic = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                         and type(cls) is not _TypedDictMeta)
    if plain_generic:
        raise TypeError('Cannot inherit from plain Generic')
    if '__orig_bases__' not in cls.__dict__:
        cls.__parameters__ = ()
        return
    found = list(_parameters_of(cls.__orig_bases__))
    declaring = None
    for base in cls.__orig_bases__:
        if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
            if declaring is not None:
                raise TypeError('Cannot inherit from Generic[...] multiple times.')
            declaring = base
    if declaring is not None:
        listed = declaring.__parameters__
        missing = [v for v in found if v not in listed]
        if missing:
            raise TypeError(f'Some type variables ({", ".join(str(v) for v in missing)}) are '
                            f'not listed in {declaring.__origin__.__name__}'
                            f'[{", ".join(str(v) for v in listed)}]')
        found = list(listed)
    cls.__parameters__ = tuple(found)


class Generic:
    """The base of generic classes: class Box(Generic[T]) makes Box[int] meaningful."""
    __slots__ = ()
    _is_protocol = False

    @_memo
    def __class_getitem__(cls, params):
        return _generic_subscript(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        _declare_parameters(cls)


# ====================================================================== Protocol

EXCLUDED_ATTRIBUTES = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__protocol_attrs__', '__callable_proto_members_only__',
    '__type_params__', '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '_MutableMapping__marker',
})

# Besides protocols, a protocol may derive from these (they are protocols in spirit).
_PROTOCOL_FRIENDS = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible', 'Buffer'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}

# Class namespace entries the interpreter may add that are not members.
_NAMESPACE_NOISE = frozenset({'__qualname__', '__firstlineno__', '__static_attributes__'})


def _protocol_members(cls):
    """The names a protocol requires: every attribute and annotation its protocol classes
    define, except typing's own bookkeeping."""
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {'Protocol', 'Generic'}:
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for name in (*base.__dict__, *annotations):
            if (not name.startswith('_abc_') and name not in EXCLUDED_ATTRIBUTES
                    and name not in _NAMESPACE_NOISE):
                members.add(name)
    return members


def _reckless_checks_allowed():
    # issubclass() on a protocol is refused to user code, but the abc and functools machinery
    # (which walk subclasses and registries) may ask: see who called __subclasscheck__.
    return _calling_module(2) in {'abc', 'functools'}


_MISSING = object()


def _static_attribute(obj, name):
    """obj.name found in obj's own __dict__ or its class's MRO, without running descriptors
    or __getattr__ (what inspect.getattr_static does); _MISSING when absent."""
    try:
        own = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        own = {}
    if name in own:
        return own[name]
    for klass in type(obj).__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return _MISSING


class _ProtocolMeta(ABCMeta):
    """The metaclass of protocols: structural isinstance/issubclass for @runtime_checkable
    ones, refusal for the others."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == 'Protocol' and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if not (base in {object, Generic}
                        or base.__name__ in _PROTOCOL_FRIENDS.get(base.__module__, ())
                        or (issubclass(base, Generic) and getattr(base, '_is_protocol', False))):
                    raise TypeError(f'Protocols can only inherit from other protocols, got {base!r}')
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(cls, '_is_protocol', False):
            cls.__protocol_attrs__ = _protocol_members(cls)
            cls.__callable_proto_members_only__ = all(
                callable(getattr(cls, name, None)) for name in cls.__protocol_attrs__)

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False) and not _reckless_checks_allowed():
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if (not cls.__callable_proto_members_only__
                    and cls.__dict__.get('__subclasshook__') is _proto_hook):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
        return super().__subclasscheck__(other)

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False) and not _reckless_checks_allowed():
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if super().__instancecheck__(instance):
            return True
        # Structural check on the instance itself (instance attributes count).  A member set
        # to None disables a method, but is a fine value for a data member.
        for name in cls.__protocol_attrs__:
            value = _static_attribute(instance, name)
            if value is _MISSING:
                return False
            if value is None and callable(getattr(cls, name, None)):
                return False
        return True


@classmethod
def _proto_hook(cls, other):
    """__subclasshook__ of protocols: does `other` (a class) provide every member?"""
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    for name in cls.__protocol_attrs__:
        for base in other.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
            # a protocol subclass may declare the member by annotation only
            annotations = getattr(base, '__annotations__', {})
            if (isinstance(annotations, collections.abc.Mapping) and name in annotations
                    and issubclass(other, Generic) and getattr(other, '_is_protocol', False)):
                break
        else:
            return NotImplemented
    return True


def _no_init_or_replace_init(self, *args, **kwargs):
    # The __init__ of a protocol without one: refuses protocols themselves, and for a concrete
    # subclass installs the first real __init__ of its MRO, then runs it.
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is _no_init_or_replace_init:
        found = (klass.__dict__['__init__'] for klass in cls.__mro__
                 if klass.__dict__.get('__init__', _no_init_or_replace_init)
                 is not _no_init_or_replace_init)
        cls.__init__ = next(found, object.__init__)
        cls.__init__(self, *args, **kwargs)


def _setup_protocol_subclass(cls):
    # Protocol-ness is not inherited: a class is a protocol when Protocol is a direct base.
    if not cls.__dict__.get('_is_protocol', False):
        cls._is_protocol = Protocol in cls.__bases__
    if '__subclasshook__' not in cls.__dict__:
        cls.__subclasshook__ = _proto_hook
    if cls._is_protocol and cls.__init__ is object.__init__:
        cls.__init__ = _no_init_or_replace_init


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of protocol classes, which describe a set of members: a class is a structural
    subtype when it has them, without inheriting.  Checkable at run time only when decorated
    with @runtime_checkable."""
    __slots__ = ()
    _is_runtime_protocol = False
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        _setup_protocol_subclass(cls)


def runtime_checkable(cls):
    """Allow isinstance() and issubclass() with a protocol class (they check the presence of
    its members only, not their signatures)."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


# ====================================================================== forward references

class ForwardRef(_Unionable, _Sealed, _root=True):
    """A type written as a string, evaluated by get_type_hints."""
    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        # '*Ts' is valid in an annotation but not as an expression of its own
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}')
        self.__forward_arg__, self.__forward_code__ = arg, code
        self.__forward_module__ = module
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class
        self.__forward_evaluated__, self.__forward_value__ = False, None

    def _evaluate(self, globalns, localns, recursive_guard):
        name = self.__forward_arg__
        if name in recursive_guard:
            return self         # a recursive definition: stop here
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        # either namespace stands in for a missing other one
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        home = self.__forward_module__
        if home is not None:
            globalns = getattr(sys.modules.get(home), '__dict__', globalns)
        found = _checked(eval(self.__forward_code__, globalns, localns),
                         'Forward references must evaluate to types.',
                         is_argument=self.__forward_is_argument__,
                         allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _eval_type(found, globalns, localns, recursive_guard | {name})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        extra = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        same_text = self.__forward_arg__ == other.__forward_arg__
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return same_text and self.__forward_value__ == other.__forward_value__
        return same_text and self.__forward_module__ == other.__forward_module__


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """t with every forward reference in it evaluated (recursively, inside aliases too)."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, GenericAlias):
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        evaluated = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in args)
        if evaluated == t.__args__:
            return t
        if _unflattened_callable(t, evaluated):
            return t.__origin__[(list(evaluated[:-1]), evaluated[-1])]
        return GenericAlias(t.__origin__, evaluated)
    if isinstance(t, (_GenericAlias, types.UnionType)):
        evaluated = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
        if evaluated == t.__args__:
            return t
        if isinstance(t, types.UnionType):
            return _or_all(evaluated)
        return t.copy_with(evaluated)
    return t


# ====================================================================== introspection

def _unflattened_callable(tp, args):
    # Callable[[int], str] keeps (int, str): get_args shows ([int], str)
    return tp.__origin__ is collections.abc.Callable and not (len(args) == 2 and _is_param_expr(args[0]))


def get_origin(tp):
    """The unsubscripted form of tp: list for List[int] or list[int], Union for Optional[X],
    Annotated for Annotated[...]; None for anything that is not a generic alias."""
    if isinstance(tp, (_BaseGenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return Annotated if isinstance(tp, _AnnotatedAlias) else tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return Generic if tp is Generic else None


def get_args(tp):
    """The arguments of a generic alias, Callable's parameters as a list: get_args(Callable[[int],
    str]) == ([int], str); () for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, GenericAlias)):
        args = tp.__args__
        if _unflattened_callable(tp, args):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _strip_annotations(t):
    """t without Annotated, Required and NotRequired wrappers, at any depth."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, _GenericAlias):
            return t.copy_with(stripped)
        if isinstance(t, GenericAlias):
            return GenericAlias(t.__origin__, stripped)
        return _or_all(stripped)
    return t


_NO_ANNOTATIONS_OK = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                      types.ModuleType, types.WrapperDescriptorType, types.MethodWrapperType,
                      types.MethodDescriptorType)


def _evaluated(annotation, globalns, localns, *, in_class, in_module=False):
    if annotation is None:
        annotation = type(None)
    if isinstance(annotation, str):
        annotation = ForwardRef(annotation, is_argument=not (in_class or in_module),
                                is_class=in_class)
    return _eval_type(annotation, globalns, localns)


def _class_hints(cls, globalns, localns):
    # the annotations of cls and its bases, the most basic first, a subclass's winning
    hints = {}
    for base in reversed(cls.__mro__):
        annotations = base.__dict__.get('__annotations__', {})
        if isinstance(annotations, types.GetSetDescriptorType):
            annotations = {}        # a builtin's __annotations__ descriptor, not a dict
        if globalns is None:
            module_ns = getattr(sys.modules.get(base.__module__), '__dict__', {})
        else:
            module_ns = globalns
        class_ns = dict(vars(base)) if localns is None else localns
        if localns is None and globalns is None:
            # as CPython: names resolve in the class body first, then in its module
            module_ns, class_ns = class_ns, module_ns
        for name, annotation in annotations.items():
            hints[name] = _evaluated(annotation, module_ns, class_ns, in_class=True)
    return hints


def _object_hints(obj, globalns, localns):
    # a module's or function's annotations, in the namespace they were written in
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            inner = obj
            while hasattr(inner, '__wrapped__'):        # through decorators
                inner = inner.__wrapped__
            globalns = getattr(inner, '__globals__', {})
    if localns is None:
        localns = globalns
    annotations = getattr(obj, '__annotations__', None)
    if annotations is None:
        if isinstance(obj, _NO_ANNOTATIONS_OK):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    in_module = isinstance(obj, types.ModuleType)
    return {name: _evaluated(annotation, globalns, localns, in_class=False, in_module=in_module)
            for name, annotation in dict(annotations).items()}


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class (with those of its bases) or function, with string
    annotations evaluated and None replaced by NoneType.  Annotated[...] (and Required /
    NotRequired) are stripped unless include_extras is true."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        hints = _object_hints(obj, globalns, localns)
    if include_extras:
        return hints
    return {name: _strip_annotations(t) for name, t in hints.items()}


# ====================================================================== small functions

_Revealed = TypeVar('T', infer_variance=True)      # prints as T, like CPython's def reveal_type[T]

def cast(typ, val):
    """Tell the type checker that val has type typ; at run time, return val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask the type checker to confirm that val has type typ; at run time, return val."""
    return val


def reveal_type(obj: _Revealed, /) -> _Revealed:
    """Ask the type checker for the inferred type of obj; at run time, print its runtime type
    to stderr and return obj."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def assert_never(arg: Never, /) -> Never:
    """Mark code that must be unreachable (exhaustive matching); reaching it raises."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {shown}')


def _mark(obj, attribute):
    # decorators that only leave a marker; objects refusing attributes are returned as they are
    try:
        setattr(obj, attribute, True)
    except (AttributeError, TypeError):
        pass
    return obj


def final(f):
    """Mark a method or class as final (not to be overridden or subclassed); sets __final__."""
    return _mark(f, '__final__')


def override(method, /):
    """Mark a method as overriding one of a base class; sets __override__."""
    return _mark(method, '__override__')


def no_type_check(arg):
    """Tell type checkers to ignore a function's or class's annotations (get_type_hints then
    returns {})."""
    if isinstance(arg, type):
        for name in dir(arg):
            member = getattr(arg, name)
            # only what the class itself defines, not what it merely refers to
            if (not hasattr(member, '__qualname__')
                    or member.__qualname__ != f'{arg.__qualname__}.{member.__name__}'
                    or getattr(member, '__module__', None) != arg.__module__):
                continue
            if isinstance(member, types.FunctionType):
                member.__no_type_check__ = True
            if isinstance(member, types.MethodType):
                member.__func__.__no_type_check__ = True
            if isinstance(member, type):
                no_type_check(member)
    try:
        arg.__no_type_check__ = True
    except TypeError:       # a builtin type
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make `decorator` apply no_type_check to what it returns."""
    import functools

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


class _IdentityCallable(Protocol):
    def __call__(self, arg):
        ...


def dataclass_transform(*, eq_default: bool = True, order_default: bool = False,
                        kw_only_default: bool = False, frozen_default: bool = False,
                        field_specifiers: 'tuple[Union[type[Any], Callable[..., Any]], ...]' = (),
                        **kwargs: Any) -> _IdentityCallable:
    """Mark a decorator, base class or metaclass as creating dataclass-like classes (PEP 681);
    at run time it records its arguments in __dataclass_transform__."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'frozen_default': frozen_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


# module -> qualified name -> first line -> the @overload-decorated function
_overload_registry = collections.defaultdict(lambda: collections.defaultdict(dict))


def _overload_dummy(*args, **kwds):
    """What an @overload-decorated name is bound to until the implementation replaces it."""
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


def overload(func):
    """Declare one signature of an overloaded function (the undecorated definition that
    follows is the implementation).  The signatures stay available to get_overloads()."""
    f = getattr(func, '__func__', func)
    try:
        _overload_registry[f.__module__][f.__qualname__][f.__code__.co_firstlineno] = func
    except AttributeError:
        pass            # not a Python function: nothing to record
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for func, in definition order."""
    f = getattr(func, '__func__', func)
    by_name = _overload_registry.get(f.__module__, {})
    return list(by_name.get(f.__qualname__, {}).values())


def clear_overloads():
    """Forget every recorded @overload signature."""
    _overload_registry.clear()


# ====================================================================== NewType

class NewType(_Unionable):
    """UserId = NewType('UserId', int): a distinct type for the checker; at run time a callable
    that returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__supertype__ = tp
        self.__qualname__ = name                        # 'a.b' stays whole here ...
        self.__name__ = name.rpartition('.')[2] if '.' in name else name     # ... not here
        home = _calling_module(1) or '__main__'
        if home != 'typing':
            self.__module__ = home

    def __call__(self, value):
        return value

    def __repr__(self):
        return self.__module__ + '.' + self.__qualname__

    def __reduce__(self):       # pickled by name
        return self.__qualname__

    def __mro_entries__(self, bases):
        # `class Sub(UserId)` gets a base whose __init_subclass__ fails, so that the message
        # can name the class being defined
        supertype = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were '
                                f'looking for: `{sub} = NewType({sub!r}, {supertype})`')
        return (Dummy,)


# ====================================================================== NamedTuple

# Names a NamedTuple class body may not define (they belong to the generated class), and
# names that the generated class already has right.
_NAMEDTUPLE_RESERVED = frozenset({
    '__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
    '_make', '_replace', '_asdict', '_source'})
_NAMEDTUPLE_COPIED = frozenset({'__module__', '__name__', '__annotations__'})


def _make_namedtuple(name, fields, module, defaults=()):
    """collections.namedtuple with the field types as __annotations__ (of the class and of
    its __new__)."""
    names, types_by_field = [], {}
    for field, annotation in fields:
        names.append(field)     # a duplicate is namedtuple's error to report
        types_by_field[field] = _checked(annotation, f'field {field} annotation must be a type')
    made = collections.namedtuple(name, names, defaults=defaults, module=module)
    made.__annotations__ = made.__new__.__annotations__ = types_by_field
    return made


def _defaulted_fields(annotations, ns):
    # fields with a default, which must all come after those without
    defaulted = []
    for field in annotations:
        if field in ns:
            defaulted.append(field)
        elif defaulted:
            raise TypeError(f'Non-default namedtuple field {field} cannot follow default '
                            f'field{"s" if len(defaulted) > 1 else ""} {", ".join(defaulted)}')
    return defaulted


class NamedTupleMeta(type):
    """Turns `class P(NamedTuple): x: int` into a collections.namedtuple with annotations."""

    def __new__(cls, typename, bases, ns):
        if any(b is not _NamedTuple and b is not Generic for b in bases):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        generic = Generic in bases
        annotations = ns.get('__annotations__', {})
        defaulted = _defaulted_fields(annotations, ns)
        made = _make_namedtuple(typename, annotations.items(), ns['__module__'],
                                defaults=[ns[field] for field in defaulted])
        made.__bases__ = tuple(tuple if b is _NamedTuple else b for b in bases)
        if generic:
            made.__class_getitem__ = classmethod(_generic_subscript)
        # the rest of the class body: methods, properties, class attributes
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_COPIED and key not in made._fields:
                setattr(made, key, value)
        if generic:
            made.__init_subclass__()        # Generic's: sets __parameters__
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple: as a base class with annotated fields
    (defaults allowed), or NamedTuple('P', [('x', int), ('y', int)])."""
    if fields is not None and kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    made = _make_namedtuple(typename, kwargs.items() if fields is None else fields,
                            module=_calling_module(1) or '__main__')
    made.__orig_bases__ = (NamedTuple,)
    return made


# What `class P(NamedTuple)` really derives from (NamedTuple itself is a function): its
# metaclass builds P.
_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ====================================================================== TypedDict

def _typeddict_qualifiers(annotation):
    # the Required / NotRequired wrappers around a TypedDict field, through Annotated
    while True:
        if isinstance(annotation, _AnnotatedAlias):
            annotation = annotation.__origin__
        elif isinstance(annotation, _GenericAlias) and annotation.__origin__ in (Required, NotRequired):
            yield annotation.__origin__
            annotation = annotation.__args__[0]
        else:
            return


def _key_is_required(annotation, total):
    qualifiers = set(_typeddict_qualifiers(annotation))
    if Required in qualifiers:
        return True
    return False if NotRequired in qualifiers else total


class _TypedDictMeta(type):
    """Builds TypedDict classes: plain dict subclasses with the keys recorded."""

    def __new__(cls, name, bases, ns, total=True):
        if any(type(b) is not _TypedDictMeta and b is not Generic for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type '
                            'and a non-TypedDict base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        made = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)

        # keys are inherited from TypedDict bases, then the class's own annotations decide
        annotations, required, optional = {}, set(), set()
        for base in bases:
            inherited = base.__dict__
            annotations.update(inherited.get('__annotations__', {}))
            required |= set(inherited.get('__required_keys__', ()))
            optional |= set(inherited.get('__optional_keys__', ()))
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        for key, annotation in ns.get('__annotations__', {}).items():
            annotation = annotations[key] = _checked(annotation, msg, module=made.__module__)
            needed = _key_is_required(annotation, total)
            (required if needed else optional).add(key)
            (optional if needed else required).discard(key)

        made.__annotations__ = annotations
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    __call__ = dict     # a TypedDict "instance" is a plain dict

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of string keys, each with its own value type: as a base class
    with annotations, or TypedDict('Movie', {'title': str, 'year': int})."""
    if fields is not None and kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    if kwargs:
        import warnings
        warnings.warn('The kwargs-based syntax for TypedDict definitions is deprecated in '
                      'Python 3.11, will be removed in Python 3.13, and may not be understood '
                      'by third-party type checkers.', DeprecationWarning, stacklevel=2)
    made = _TypedDictMeta(typename, (), {
        '__annotations__': dict(kwargs if fields is None else fields),
        '__module__': _calling_module(1) or '__main__',
    }, total=total)
    made.__orig_bases__ = (TypedDict,)
    return made


# What `class Movie(TypedDict)` really derives from.
_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class (not an alias of one)."""
    return isinstance(tp, _TypedDictMeta)


# ====================================================================== the generic aliases

def _alias(origin, nparams, **options):
    return _SpecialGenericAlias(origin, nparams, **options)


_abc = collections.abc
Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _DeprecatedGenericAlias(_abc.ByteString, 0)
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
del _abc

Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
Dict = _alias(dict, 2, inst=False, name='Dict')
Type = _alias(type, 1, inst=False, name='Type')
Deque = _alias(collections.deque, 1, name='Deque')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Text = str


def _lazy_alias(name):
    # These need re or contextlib, which typing does not import up front.
    if name in ('Pattern', 'Match'):
        import re
        return _alias(getattr(re, name), 1)
    if name == 'ContextManager':
        import contextlib
        return _alias(contextlib.AbstractContextManager, 1, name='ContextManager')
    import contextlib
    return _alias(contextlib.AbstractAsyncContextManager, 1, name='AsyncContextManager')


def __getattr__(name):
    if name in ('Pattern', 'Match', 'ContextManager', 'AsyncContextManager'):
        value = globals()[name] = _lazy_alias(name)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# the type of `type X = ...` aliases (PEP 695), which the interpreter creates
type _ProbeAlias = int
TypeAliasType = type(_ProbeAlias)
del _ProbeAlias


# ====================================================================== type variables in use

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)


# ====================================================================== protocols

@runtime_checkable
class SupportsInt(Protocol):
    """Has __int__ (int() works)."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int: ...


@runtime_checkable
class SupportsFloat(Protocol):
    """Has __float__ (float() works)."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float: ...


@runtime_checkable
class SupportsComplex(Protocol):
    """Has __complex__ (complex() works)."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex: ...


@runtime_checkable
class SupportsBytes(Protocol):
    """Has __bytes__ (bytes() works)."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes: ...


@runtime_checkable
class SupportsIndex(Protocol):
    """Has __index__ (usable as a sequence index)."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int: ...


@runtime_checkable
class SupportsAbs(Protocol[_Revealed]):
    """Has __abs__ (abs() works), returning T."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> _Revealed: ...


@runtime_checkable
class SupportsRound(Protocol[_Revealed]):
    """Has __round__ (round() works), returning T."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> _Revealed: ...


# ====================================================================== IO

def _placeholders(*names):
    # IO's methods only describe the interface: mark them abstract (as documentation; IO's
    # metaclass is not ABCMeta, so nothing is enforced)
    def mark(cls):
        for name in names:
            abstractmethod(cls.__dict__[name])
        return cls
    return mark


@_placeholders('close', 'fileno', 'flush', 'isatty', 'read', 'readable', 'readline',
               'readlines', 'seek', 'seekable', 'tell', 'truncate', 'writable', 'write',
               'writelines', '__enter__', '__exit__')
class IO(Generic[AnyStr]):
    """The interface of file objects, for annotations (open() returns io classes, not these)."""
    __slots__ = ()

    mode = property(lambda self: None, doc='The mode the file was opened with.')
    name = property(lambda self: None, doc='The file name.')
    closed = property(lambda self: None, doc='Whether the file is closed.')

    def close(self) -> None: ...
    def fileno(self) -> int: ...
    def flush(self) -> None: ...
    def isatty(self) -> bool: ...
    def read(self, n: int = -1) -> AnyStr: ...
    def readable(self) -> bool: ...
    def readline(self, limit: int = -1) -> AnyStr: ...
    def readlines(self, hint: int = -1) -> 'List[AnyStr]': ...
    def seek(self, offset: int, whence: int = 0) -> int: ...
    def seekable(self) -> bool: ...
    def tell(self) -> int: ...
    def truncate(self, size: int = None) -> int: ...
    def writable(self) -> bool: ...
    def write(self, s: AnyStr) -> int: ...
    def writelines(self, lines: 'List[AnyStr]') -> None: ...
    def __enter__(self) -> 'IO[AnyStr]': ...
    def __exit__(self, type, value, traceback) -> None: ...


@_placeholders('write', '__enter__')
class BinaryIO(IO[bytes]):
    """A file of bytes."""
    __slots__ = ()

    def write(self, s: 'Union[bytes, bytearray]') -> int: ...
    def __enter__(self) -> 'BinaryIO': ...


@_placeholders('__enter__')
class TextIO(IO[str]):
    """A file of text."""
    __slots__ = ()

    buffer = property(lambda self: None, doc='The underlying binary file.')
    encoding = property(lambda self: None, doc='The text encoding.')
    errors = property(lambda self: None, doc='The encoding error handler.')
    line_buffering = property(lambda self: None, doc='Whether writes flush at each newline.')
    newlines = property(lambda self: None, doc='The newline conventions seen so far.')

    def __enter__(self) -> 'TextIO': ...
