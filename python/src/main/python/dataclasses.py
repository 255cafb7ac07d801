"""Data classes for Pyjama: @dataclass, field(), fields(), asdict(), replace(), ...

Written for this project from the documented behaviour of CPython 3.12's dataclasses module
(names, signatures, reprs, error messages).

@dataclass collects the fields (those of dataclass bases first, then the class's own
annotations, in order), records them in __dataclass_fields__ and adds the methods asked for.
The methods are generated as source text and compiled with exec(): that gives them real
signatures, so inspect.signature() and the argument errors are those of CPython. Each is
defined inside a factory function named __create_fn__, whose parameters carry the objects the
body refers to (defaults, factories, the class); pprint recognises a generated __repr__ by that
name in its __wrapped__ function's qualified name.
"""

import sys
import copy
import types
import keyword
import functools
import abc

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or deleted."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()      # "no value given": None can be a real default


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()      # annotation marking the fields after it keyword-only


class _HAS_DEFAULT_FACTORY_CLASS:
    # The default shown in __init__'s signature for fields with a default_factory.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    # The kinds of entries in __dataclass_fields__, shown by name in Field's repr.
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    __repr__ = lambda self: self.name


_FIELD = _FIELD_BASE('_FIELD')                      # a real field
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')    # ClassVar[...]: recorded, nothing else
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')      # InitVar[...]: an __init__ parameter only

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Annotation for an init-only pseudo-field: passed to __init__ and __post_init__, not
    stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[%s]' % shown

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass, as field() describes it (plus its name, type and kind)."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = self.type = self._field_type = None     # set by @dataclass
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.compare = init, repr, compare
        self.hash = hash
        self.kw_only = kw_only
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))

    def __repr__(self):
        shown = ','.join('%s=%r' % (attr, getattr(self, attr)) for attr in _FIELD_REPR_ORDER)
        return 'Field(%s)' % shown

    def __set_name__(self, owner, name):
        # A descriptor given as field(default=...) still hears its name.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                     'compare', 'metadata', 'kw_only', '_field_type')


class _DataclassParams:
    # The arguments @dataclass was given, kept as __dataclass_params__.

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                 slots, weakref_slot):
        for slot, value in zip(self.__slots__, (init, repr, eq, order, unsafe_hash, frozen,
                                                match_args, kw_only, slots, weakref_slot)):
            setattr(self, slot, value)

    def __repr__(self):
        return '_DataclassParams(%s)' % ','.join('%s=%r' % (slot, getattr(self, slot))
                                                 for slot in self.__slots__)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default (or a zero-argument default_factory), whether it is
    an __init__ parameter, shown by repr, compared, hashed, keyword-only, and metadata."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------------------------------------
# Which annotations are ClassVar, InitVar or KW_ONLY

def _is_classvar(annotation, typing):
    return (annotation is typing.ClassVar
            or getattr(annotation, '__origin__', None) is typing.ClassVar)


def _is_initvar(annotation, dataclasses):
    return annotation is dataclasses.InitVar or type(annotation) is dataclasses.InitVar


def _is_kw_only(annotation, dataclasses):
    return annotation is dataclasses.KW_ONLY


def _leading_names(text):
    """'mod.Name[...]' -> ('mod', 'Name'); 'Name[...]' -> (None, 'Name'); else None."""
    words, i, n = [], 0, len(text)
    while len(words) < 2:
        while i < n and text[i].isspace():
            i += 1
        start = i
        while i < n and (text[i].isalnum() or text[i] == '_'):
            i += 1
        if i == start:
            break
        words.append(text[start:i])
        while i < n and text[i].isspace():
            i += 1
        if i < n and text[i] == '.' and len(words) == 1:
            i += 1
            continue
        break
    if len(words) == 2:
        return words[0], words[1]
    return (None, words[0]) if words else None


def _text_names(cls, text, module, test):
    # A string annotation such as 'ClassVar[int]' or 'typing.ClassVar': its leading name is
    # looked up in the class's module; 'mod.Name' counts only if mod there is module.
    names = _leading_names(text)
    owner = sys.modules.get(cls.__module__)
    if names is None or owner is None:
        return False
    prefix, name = names
    if prefix is None:
        return test(owner.__dict__.get(name), module)
    if owner.__dict__.get(prefix) is not module:
        return False
    return test(owner.__dict__.get(name), module)


def _kind_of(cls, annotation):
    typing = sys.modules.get('typing')
    if typing is not None and (
            _is_classvar(annotation, typing)
            or (isinstance(annotation, str)
                and _text_names(cls, annotation, typing, _is_classvar))):
        return _FIELD_CLASSVAR
    here = sys.modules[__name__]
    if _is_initvar(annotation, here) or (
            isinstance(annotation, str) and _text_names(cls, annotation, here, _is_initvar)):
        return _FIELD_INITVAR
    return _FIELD


def _make_field(cls, name, annotation, kw_only_default):
    found = getattr(cls, name, MISSING)
    if isinstance(found, Field):
        f = found
    else:
        if isinstance(found, types.MemberDescriptorType):
            found = MISSING          # a slot of the class, not a default
        f = field(default=found)
    f.name = name
    f.type = annotation
    f._field_type = _kind_of(cls, annotation)
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % (name,))
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % (name,))
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    # An unhashable default would be shared by every instance: almost always a bug.
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), name))
    return f


def _collect_fields(cls, kw_only):
    """__dataclass_fields__ for cls: inherited dataclass fields, then its own."""
    collected = {}
    frozen_bases = []
    for base in cls.__mro__[-1:0:-1]:
        inherited = getattr(base, _FIELDS, None)
        if inherited is not None:
            frozen_bases.append(getattr(base, _PARAMS).frozen)
            collected.update(inherited)
    own = cls.__dict__.get('__annotations__', {})
    marker_seen = False
    here = sys.modules[__name__]
    for name, annotation in own.items():
        if _is_kw_only(annotation, here) or (
                isinstance(annotation, str)
                and _text_names(cls, annotation, here, _is_kw_only)):
            if marker_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % (name,))
            marker_seen = True
            kw_only = True
            continue
        f = _make_field(cls, name, annotation, kw_only)
        collected[name] = f
        # The class attribute becomes the plain default (or goes, if there is none).
        if isinstance(getattr(cls, name, None), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in own:
            raise TypeError('%r is a field but has no type annotation' % (name,))
    return collected, frozen_bases


# ---------------------------------------------------------------------------------------------
# Generating methods

class _Source:
    """One generated method: its parameters, body lines and the objects they refer to (which
    become parameters of the enclosing __create_fn__)."""

    def __init__(self, name, params):
        self.name = name
        self.params = list(params)
        self.lines = []
        self.env = {}

    def refer(self, key, value):
        # The name under which the body sees value.
        local = '__dataclass_%s__' % key
        self.env[local] = value
        return local

    def compile(self, cls, returns=MISSING):
        arrow = ''
        if returns is not MISSING:
            arrow = ' -> ' + self.refer('return_type', returns)
        body = '\n'.join('  ' + line for line in self.lines) or '  pass'
        text = ('def __create_fn__(%s):\n def %s(%s)%s:\n%s\n return %s'
                % (', '.join(self.env), self.name, ', '.join(self.params), arrow, body,
                   self.name))
        module = sys.modules.get(cls.__module__)
        namespace = {}
        exec(text, module.__dict__ if module is not None else {}, namespace)
        return namespace['__create_fn__'](**self.env)


def _guard_recursion(repr_fn):
    # A repr that meets its own instance again (a.x = a) shows '...' there.
    running = set()

    @functools.wraps(repr_fn)
    def guarded(self):
        key = (id(self), _thread_id())
        if key in running:
            return '...'
        running.add(key)
        try:
            return repr_fn(self)
        finally:
            running.discard(key)
    return guarded


def _thread_id():
    try:
        from _thread import get_ident
    except ImportError:
        return 0
    return get_ident()


def _init_method(cls, init_fields, frozen, slots):
    self_name = '__dataclass_self__' if 'self' in {f.name for f in init_fields} else 'self'
    src = _Source('__init__', [self_name])
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError('non-default argument %r follows default argument' % (f.name,))

    def parameter(f):
        text = '%s: %s' % (f.name, src.refer('type_' + f.name, f.type))
        if f.default_factory is not MISSING:
            text += ' = ' + src.refer('HAS_DEFAULT_FACTORY', _HAS_DEFAULT_FACTORY)
        elif f.default is not MISSING:
            text += ' = ' + src.refer('dflt_' + f.name, f.default)
        return text

    src.params += [parameter(f) for f in positional]
    if keyword_only:
        src.params.append('*')
        src.params += [parameter(f) for f in keyword_only]

    for f in init_fields:
        if f.default_factory is not MISSING:
            make = src.refer('dflt_' + f.name, f.default_factory)
            if f.init:
                marker = src.refer('HAS_DEFAULT_FACTORY', _HAS_DEFAULT_FACTORY)
                value = '%s() if %s is %s else %s' % (make, f.name, marker, f.name)
            else:
                value = make + '()'
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            value = src.refer('dflt_' + f.name, f.default)    # no class attribute to read
        else:
            continue     # the class attribute (or nothing) stands for the field
        if f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            setter = src.refer('builtins_object', object)
            src.lines.append('%s.__setattr__(%s, %r, %s)' % (setter, self_name, f.name, value))
        else:
            src.lines.append('%s.%s = %s' % (self_name, f.name, value))
    if hasattr(cls, _POST_INIT_NAME):
        extra = ', '.join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        src.lines.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, extra))
    return src.compile(cls, returns=None)


def _repr_method(cls, shown):
    src = _Source('__repr__', ['self'])
    parts = ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in shown)
    src.lines.append('return self.__class__.__qualname__ + f"(%s)"' % parts)
    return _guard_recursion(src.compile(cls))


def _values_tuple(owner, names):
    return '(%s)' % ''.join('%s.%s,' % (owner, name) for name in names)


def _compare_method(cls, name, op, names):
    src = _Source(name, ['self', 'other'])
    src.lines += ['if other.__class__ is self.__class__:',
                  ' return %s %s %s' % (_values_tuple('self', names), op,
                                        _values_tuple('other', names)),
                  'return NotImplemented']
    return src.compile(cls)


def _hash_method(cls, names):
    src = _Source('__hash__', ['self'])
    src.lines.append('return hash(%s)' % _values_tuple('self', names))
    return src.compile(cls)


def _frozen_methods(cls, names):
    # Assigning or deleting a field raises; so does anything on an instance of exactly this
    # class (subclasses that are not frozen dataclasses may add attributes).
    made = []
    for name, verb, args in (('__setattr__', 'assign to', 'name, value'),
                             ('__delattr__', 'delete', 'name')):
        src = _Source(name, ['self'] + args.split(', '))
        klass = src.refer('cls', cls)
        error = src.refer('FrozenInstanceError', FrozenInstanceError)
        src.lines += ['if type(self) is %s or name in %r:' % (klass, tuple(names)),
                      ' raise %s(f"cannot %s field {name!r}")' % (error, verb),
                      'super(%s, self).%s(%s)' % (klass, name, args)]
        made.append(src.compile(cls))
    return made


def _install(cls, name, value):
    """Set cls.name = value unless the class body defined name; True if it did."""
    if name in cls.__dict__:
        return True
    if isinstance(value, types.FunctionType):
        value.__qualname__ = '%s.%s' % (cls.__qualname__, value.__name__)
    setattr(cls, name, value)
    return False


def _hash_plan(unsafe_hash, eq, frozen, explicit):
    """What to do with __hash__: None (leave it), 'none', 'add' or 'raise'. See the table in
    the dataclass() documentation."""
    if unsafe_hash:
        return 'raise' if explicit else 'add'
    if not eq or explicit:
        return None
    return 'add' if frozen else 'none'


def _signature_text(positional, keyword_only):
    # What str(inspect.signature(cls)) shows for the generated __init__, without ' -> None'.
    def shown(f):
        text = '%s: %s' % (f.name, _annotation_text(f.type))
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = %r' % (f.default,)
        return text
    parts = [shown(f) for f in positional]
    if keyword_only:
        parts.append('*')
        parts += [shown(f) for f in keyword_only]
    return '(%s)' % ', '.join(parts)


def _annotation_text(annotation):
    # inspect.formatannotation's rules.
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))
    all_fields, frozen_bases = _collect_fields(cls, kw_only)
    if frozen_bases:
        if any(frozen_bases) and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any(frozen_bases) and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    # A body that defines __eq__ alone gets __hash__ = None from Python: not explicit.
    explicit_hash = not (own_hash is MISSING
                         or (own_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    generated_init = None
    if init:
        generated_init = _init_method(cls, init_fields, frozen, slots)
        _install(cls, '__init__', generated_init)

    real = [f for f in all_fields.values() if f._field_type is _FIELD]
    if repr:
        _install(cls, '__repr__', _repr_method(cls, [f for f in real if f.repr]))
    compared = [f.name for f in real if f.compare]
    if eq:
        _install(cls, '__eq__', _compare_method(cls, '__eq__', '==', compared))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _install(cls, name, _compare_method(cls, name, op, compared)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        for method in _frozen_methods(cls, [f.name for f in real]):
            if _install(cls, method.__name__, method):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (method.__name__, cls.__name__))

    plan = _hash_plan(unsafe_hash, eq, frozen, explicit_hash)
    if plan == 'raise':
        raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
    if plan == 'none':
        cls.__hash__ = None
    elif plan == 'add':
        hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
        method = _hash_method(cls, hashed)
        method.__qualname__ = '%s.__hash__' % (cls.__qualname__,)
        cls.__hash__ = method

    if not cls.__dict__.get('__doc__'):
        # The signature of the class, as inspect gives it: ours when our __init__ is the one.
        if generated_init is not None and cls.__dict__.get('__init__') is generated_init:
            shown = _signature_text(positional, keyword_only)
        else:
            try:
                import inspect
                shown = str(inspect.signature(cls)).replace(' -> None', '')
            except (TypeError, ValueError):
                shown = ''
        cls.__doc__ = cls.__name__ + shown
    if match_args:
        _install(cls, '__match_args__', tuple(f.name for f in positional))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)
    return cls


# ---------------------------------------------------------------------------------------------
# slots=True: a class's __slots__ are fixed when it is made, so a new class replaces it

def _declared_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        # A class without __slots__ gives its instances __dict__ and __weakref__.
        found = []
        if getattr(cls, '__weakrefoffset__', -1) != 0:
            found.append('__weakref__')
        if getattr(cls, '__dictoffset__', -1) != 0:
            found.append('__dict__')
        return found
    if isinstance(slots, str):
        return [slots]
    if hasattr(slots, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return list(slots)


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _with_slots(cls, frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))
    namespace = dict(cls.__dict__)
    names = [f.name for f in fields(cls)]
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_declared_slots(base))
    wanted = names + (['__weakref__'] if weakref_slot else [])
    namespace['__slots__'] = tuple(n for n in wanted if n not in taken)
    for name in names:
        namespace.pop(name, None)       # defaults would clash with the slot descriptors
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    replacement = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        replacement.__qualname__ = qualname
    if frozen:
        # Frozen instances cannot be restored by setattr: pickle them as a list of values.
        if '__getstate__' not in namespace:
            replacement.__getstate__ = _frozen_getstate
        if '__setstate__' not in namespace:
            replacement.__setstate__ = _frozen_setstate
    return replacement


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Turn the annotated class attributes of a class into fields and add __init__,
    __repr__ and __eq__ (and, as asked, ordering, __hash__, frozen attributes,
    __match_args__ and __slots__). Usable as @dataclass or @dataclass(...)."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------------------------------
# Working with dataclasses and their instances

def fields(class_or_instance):
    """The fields of a dataclass or instance (not its ClassVar and InitVar pseudo-fields)."""
    try:
        known = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in known.values() if f._field_type is _FIELD)


def _is_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


# Values asdict()/astuple() return as they are (copying them would give the same object).
_ATOMIC_TYPES = frozenset({type(None), bool, int, float, str, complex, bytes, type(Ellipsis),
                           type(NotImplemented), types.CodeType, types.BuiltinFunctionType,
                           types.FunctionType, type, range, property})


def _convert(obj, make_dataclass_value):
    # Recursive copy shared by asdict and astuple: dataclass instances become what
    # make_dataclass_value makes of their (name, converted value) pairs; lists, tuples
    # (namedtuples too) and dicts (defaultdicts too) are rebuilt; anything else is deep-copied.
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_instance(obj):
        return make_dataclass_value([(f.name, _convert(getattr(obj, f.name), make_dataclass_value))
                                     for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, make_dataclass_value) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make_dataclass_value) for v in obj)
    if isinstance(obj, dict):
        pairs = [(_convert(k, make_dataclass_value), _convert(v, make_dataclass_value))
                 for k, v in obj.items()]
        # A defaultdict needs its factory first. (Asked of the instance: Pyjama's
        # defaultdict keeps default_factory there, not as a class-level descriptor.)
        if hasattr(obj, 'default_factory'):
            rebuilt = type(obj)(obj.default_factory)
            for k, v in pairs:
                rebuilt[k] = v
            return rebuilt
        return type(obj)(pairs)
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict of name to value, converting nested
    dataclasses, lists, tuples and dicts recursively (other values are deep-copied)."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, converted like asdict()."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda pairs: tuple_factory([value for _, value in pairs]))


def _check_field_name(name, taken):
    if not isinstance(name, str) or not name.isidentifier():
        raise TypeError(f'Field names must be valid identifiers: {name!r}')
    if keyword.iskeyword(name):
        raise TypeError(f'Field names must not be keywords: {name!r}')
    if name in taken:
        raise TypeError(f'Field name duplicated: {name!r}')


def _caller_module():
    # The module make_dataclass() was called from, so that the class can be pickled.
    try:
        return sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass named cls_name. fields holds names, (name, type) or
    (name, type, Field) items; a bare name gets the annotation 'typing.Any'."""
    annotations, defaults = {}, {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, defaults[item[0]] = item
        else:
            raise TypeError(f'Invalid field: {item!r}')
        _check_field_name(name, annotations)
        annotations[name] = annotation

    def fill(body):
        body.update(namespace or {})
        body.update(defaults)
        body['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    if module is None:
        module = _caller_module()
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class with the same field values except those in changes
    (init=False fields cannot be changed; InitVars without a default must be given)."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 f'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
