"""Enumerations for Pyjama: Enum, IntEnum, StrEnum, Flag, IntFlag and their helpers.

Written for this project from the documented behaviour of CPython 3.12's enum module (names,
reprs, error messages). How an enum class comes to be:

  * EnumType.__prepare__ gives the class body an _EnumDict. It sorts each assignment into
    member or plain attribute (descriptors, dunders, _sunder_ hooks, nonmember(...)), resolves
    auto() through _generate_next_value_ and refuses names used twice.
  * EnumType.__new__ puts a _Pending placeholder where each member value was and builds the
    class with type.__new__, which calls the placeholders' __set_name__ in definition order:
    that is where the members are made (_add_member), before __init_subclass__ runs, as in
    CPython. Afterwards it checks _order_ and picks __str__/__format__/__repr__ for mixed-in
    data types.
  * Calling the class looks a value up (Enum.__new__, then the _missing_ hook); Flag's
    _missing_ makes composite members on demand and caches them.
"""

import sys
import builtins
from types import MappingProxyType, DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
           'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name',
           'show_flag_values']

# The base classes are made by the metaclass below, which must cope with their absence
# while it builds them.
Enum = ReprEnum = Flag = None

# _sunder_ names a class body may define; any other is reserved.
_HOOK_NAMES = frozenset(('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                         '_ignore_', '_iter_member_', '_iter_member_by_value_',
                         '_iter_member_by_def_'))

_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                   '__invert__')


# ---------------------------------------------------------------------------------------------
# Name and value classification

def _is_dunder(name):
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_mangled_private(class_name, name):
    # '__x' in the body of class C arrives here as '_C__x': an ordinary attribute.
    prefix = '_%s__' % (str(class_name).lstrip('_'),)
    return name.startswith(prefix) and len(name) > len(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_nested_class(class_name, obj):
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    tail = '%s.%s' % (class_name, getattr(obj, '__name__', ''))
    return qualname == tail or qualname.endswith('.' + tail)


def _single_bit(num):
    return num > 0 and num & (num - 1) == 0


def _bits_low_first(num):
    num = num.__index__()
    if num < 0:
        raise ValueError('%r is not a positive integer' % num)
    while num:
        lowest = num & -num
        yield lowest
        num ^= lowest


def show_flag_values(value):
    """The single-bit values that make up value, lowest first."""
    return list(_bits_low_first(value))


def bin(num, max_bits=None):
    """Two's complement text of num: '0b0 ' or '0b1 ' (the sign) and the digits, padded on
    the left with the sign digit up to max_bits."""
    num = num.__index__()
    width = num.bit_length()
    sign = '1' if num < 0 else '0'
    digits = format(num % (1 << width), 'b').zfill(width) if width else ''
    if max_bits is not None and len(digits) < max_bits:
        digits = sign * (max_bits - len(digits)) + digits
    return '0b%s %s' % (sign, digits)


def _find_by_value(enum_class, value):
    # The member whose value equals value, or None. Unhashable values need a scan.
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for candidate in enum_class._member_map_.values():
            if candidate._value_ == value:
                return candidate
        return None


def _is_flag_class(cls):
    return Flag is not None and issubclass(cls, Flag)


# ---------------------------------------------------------------------------------------------
# What a class body can say about its names

class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Stands for a value chosen by the enum's _generate_next_value_ when the member is
    defined."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class property(DynamicClassAttribute):
    """An attribute of enum members that may share its name with a member: read on the class
    it gives the member of that name (or AttributeError), read on a member it runs fget."""

    member = None       # the member of the same name, when there is one
    _owner = None
    _delegate = None    # a descriptor of a base class the member name hides (not a property)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self._owner = ownerclass

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is None:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
            return self.member
        if self.fget is not None:
            return self.fget(instance)
        if self._delegate is not None:
            return self._delegate.__get__(instance, ownerclass)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('%r cannot set attribute %r' % (self._owner, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('%r cannot delete attribute %r' % (self._owner, self.name))
        self.fdel(instance)


# ---------------------------------------------------------------------------------------------
# The class-body namespace

class _EnumDict(dict):
    """The namespace an enum class body runs in: it records which names are members (in
    order) and turns auto() into values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}      # ordered set of member names
        self._last_values = []       # values so far, for _generate_next_value_
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_mangled_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            self._hook(key, value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if _is_nested_class(self._cls_name, value):
                import warnings
                warnings.warn('In 3.13 classes created inside an enum will not become a member.  '
                              'Use the `member` decorator to keep the current behavior.',
                              DeprecationWarning, stacklevel=2)
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._member_value(key, value)
        super().__setitem__(key, value)

    def _hook(self, key, value):
        if key not in _HOOK_NAMES:
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                             % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate_next_value = getattr(value, '__func__', value)
        elif key == '_ignore_':
            names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            clash = set(names) & set(self._member_names)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))
            self._ignore = names

    def _member_value(self, key, value):
        # Records key as a member; auto() (alone or inside a tuple) becomes its value here.
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate_next_value(
                    key, 1, len(self._member_names), self._last_values[:])
                self._auto_called = True
            value = value.value
            self._last_values.append(value)
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            resolved = []
            for item in value:
                if isinstance(item, auto):
                    if item.value is _auto_null:
                        item.value = self._generate_next_value(
                            key, 1, len(self._member_names), self._last_values[:])
                        self._auto_called = True
                    item = item.value
                    self._last_values.append(item)
                resolved.append(item)
            value = type(value)(resolved) if type(value) is tuple else type(value)(*resolved)
        else:
            self._last_values.append(value)
        self._member_names[key] = None
        return value


class _Pending:
    # Stands in the class namespace for a member until type.__new__ calls __set_name__ (in
    # definition order), which makes the member.

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, name):
        _add_member(enum_class, name, self.value)


def _add_member(enum_class, name, value):
    member_type = enum_class._member_type_
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)           # so that tuple.__new__ gets the tuple whole
    construct = enum_class._new_member_
    if enum_class._use_args_:
        new_member = construct(enum_class, *args)
    else:
        new_member = construct(enum_class)
    if not hasattr(new_member, '_value_'):
        if member_type is object:
            new_member._value_ = value
        else:
            try:
                new_member._value_ = member_type(*args)
            except Exception as exc:
                raise TypeError('_value_ not set in __new__, unable to create it') from exc
    value = new_member._value_
    new_member._name_ = name
    new_member.__objclass__ = enum_class
    new_member.__init__(*args)
    new_member._sort_order_ = len(enum_class._member_names_)

    is_flag = _is_flag_class(enum_class)
    if is_flag:
        enum_class._flag_mask_ |= value
        if _single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

    canonical = _find_by_value(enum_class, value)
    if canonical is None:
        canonical = new_member
        # Flags iterate over their single bits only; other values are aliases in all but name.
        if not is_flag or _single_bit(value):
            enum_class._member_names_.append(name)
        try:
            enum_class._value2member_map_.setdefault(value, canonical)
        except TypeError:
            enum_class._unhashable_values_.append(value)
    _expose(enum_class, name, canonical)
    enum_class._member_map_[name] = canonical


def _expose(enum_class, name, the_member):
    # Members are plain class attributes, unless a base class has a descriptor of that name
    # (Enum.name, str.upper, ...): then an enum.property gives the member on the class and
    # keeps the descriptor's meaning on instances.
    hidden = None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is not None and _is_descriptor(attr):
            hidden = attr
            break
    if hidden is None:
        type.__setattr__(enum_class, name, the_member)
        return
    if isinstance(hidden, (builtins.property, DynamicClassAttribute)):
        redirect = property(hidden.fget, hidden.fset, hidden.fdel)
    else:
        redirect = property()
        redirect._delegate = hidden
    redirect.member = the_member
    redirect.__set_name__(enum_class, name)
    type.__setattr__(enum_class, name, redirect)


# ---------------------------------------------------------------------------------------------
# The metaclass

def _refuse_extending_members(class_name, bases):
    for chain in bases:
        for base in chain.__mro__:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (class_name, base))


def _data_type(class_name, bases):
    # The one concrete type (int, str, a dataclass, a class with __new__) mixed into the enum.
    found = set()
    for chain in bases:
        first_plain = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    found.add(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                found.add(first_plain or base)
                break
            else:
                first_plain = first_plain or base
    if len(found) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, found))
    return found.pop() if found else object


def _mixins(class_name, bases):
    """(data type, the enum class last in bases)."""
    if not bases:
        return object, None
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return _data_type(class_name, bases), last


def _member_constructor(namespace, member_type, first_enum):
    """(callable making a bare member, whether it takes the value as arguments, the body's
    own __new__ or None)."""
    own = namespace.get('__new__')
    if isinstance(own, staticmethod):
        own = own.__func__
    if own is not None:
        return own, Enum is not None, own
    if first_enum is not None:
        inherited = getattr(first_enum, '__new_member__', None)
        if inherited is not None:
            return inherited, True, None
    if member_type is not object and member_type.__new__ is not object.__new__:
        return member_type.__new__, True, None
    return object.__new__, False, None


def _dataclass_repr(self):
    fields = self.__dataclass_fields__
    return ', '.join('%s=%r' % (name, getattr(self, name))
                     for name, field in fields.items() if field.repr)


def _value_repr_for(bases):
    # How Enum.__repr__ shows a member's value: the data type's own __repr__, if it has one.
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                return base._value_repr_
            if '__repr__' in base.__dict__:
                params = base.__dict__.get('__dataclass_params__')
                if '__dataclass_fields__' in base.__dict__ and params is not None and params.repr:
                    return _dataclass_repr
                return base.__dict__['__repr__']
    return None


class _NotGiven:
    def __repr__(self):
        return '<not given>'


_NOT_GIVEN = _NotGiven()


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _refuse_extending_members(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        first_enum = _mixins(cls, bases)[1]
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_',
                                                         None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            converted = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                converted[key] = value
            classdict = converted
        for key in classdict._ignore + ['_ignore_']:
            dict.pop(classdict, key, None)
        member_type, first_enum = _mixins(cls, bases)
        names = list(classdict._member_names)
        invalid = [n for n in names if n in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % (','.join(map(repr, invalid)),))
        order = dict.pop(classdict, '_order_', None)

        namespace = dict(classdict)
        namespace.setdefault('__doc__', None)      # not the base class's docstring
        for name in names:
            namespace[name] = _Pending(namespace[name])
        construct, use_args, own_new = _member_constructor(namespace, member_type, first_enum)
        namespace['_new_member_'] = construct
        namespace['_use_args_'] = use_args
        if Enum is not None:
            if own_new is not None:
                namespace['__new_member__'] = own_new
            namespace['__new__'] = Enum.__dict__['__new__']     # calling the class looks up
        namespace.update(_member_names_=[], _member_map_={}, _value2member_map_={},
                         _unhashable_values_=[], _member_type_=member_type,
                         _value_repr_=_value_repr_for(bases))
        is_flag = boundary is not None or (first_enum is not None and _is_flag_class(first_enum))
        if is_flag:
            namespace.update(_boundary_=boundary or getattr(first_enum, '_boundary_', None),
                             _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)

        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        if order is not None:
            _check_order(enum_class, order)
        if first_enum is not None:
            _pick_text_methods(enum_class, classdict, member_type, first_enum)
        if ReprEnum is not None and ReprEnum in bases:
            _use_data_type_text(enum_class, classdict, member_type)
        if Flag is not None and is_flag:
            for op in _FLAG_OPERATORS:
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
        return enum_class

    def __call__(cls, value, names=_NOT_GIVEN, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if cls._member_map_:
            # An enum with members: this is a lookup.
            if names is not _NOT_GIVEN:
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is _NOT_GIVEN and type is None:
            raise TypeError(f'{cls} has no members; specify `names=()` if you meant to '
                            f'create a new, empty, enum')
        if module is None:
            try:
                module = sys._getframe(1).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        return _functional(cls, value, None if names is _NOT_GIVEN else names, module,
                           qualname, type, start, boundary)

    def __bool__(cls):
        return True     # even with no members (__len__ would say otherwise)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_ or value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__',
                 '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @builtins.property
    def __members__(cls):
        """Every member name, aliases included, mapped to its member (read-only)."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if _is_flag_class(cls) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)


EnumMeta = EnumType


def _check_order(enum_class, order):
    if isinstance(order, str):
        order = order.replace(',', ' ').split()
    canonical = enum_class._member_names_
    # Aliases may be listed or not.
    order = [n for n in order if n not in enum_class._member_map_ or n in canonical]
    if order != canonical:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (canonical, order))


def _pick_text_methods(enum_class, classdict, member_type, first_enum):
    # A mixed-in data type's __repr__/__str__/__format__/__reduce_ex__ would win by MRO over
    # Enum's; unless the class body defines its own, take the enum's.
    for attr in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if attr in classdict:
            continue
        current = getattr(enum_class, attr)
        if current == getattr(member_type, attr) or current == getattr(object, attr):
            type.__setattr__(enum_class, attr, getattr(first_enum, attr))


def _use_data_type_text(enum_class, classdict, member_type):
    # ReprEnum: str() and format() are the data type's, only repr() is the enum's.
    if member_type is object:
        raise TypeError('ReprEnum subclasses must be mixed with a data type '
                        '(i.e. int, str, float, etc.)')
    if '__format__' not in classdict:
        type.__setattr__(enum_class, '__format__', member_type.__format__)
    if '__str__' not in classdict:
        text = member_type.__str__
        if text is object.__str__:
            text = member_type.__repr__
        type.__setattr__(enum_class, '__str__', text)


def _functional(cls, class_name, names, module, qualname, data_type, start, boundary):
    # Enum('Name', 'A B'), Enum('Name', [('A', 1)]), Enum('Name', {'A': 1}), ...
    metacls = type(cls)
    bases = (cls,) if data_type is None else (data_type, cls)
    first_enum = _mixins(class_name, bases)[1]
    namespace = metacls.__prepare__(class_name, bases)
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        pairs, previous = [], []
        for count, name in enumerate(names):
            value = first_enum._generate_next_value_(name, start, count, previous[:])
            previous.append(value)
            pairs.append((name, value))
        names = pairs
    for item in names or ():
        if isinstance(item, str):
            key, value = item, names[item]
        else:
            key, value = item
        namespace[key] = value
    namespace['__module__'] = '<unknown>' if module is None else module
    if qualname is not None:
        namespace['__qualname__'] = qualname
    return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)


# ---------------------------------------------------------------------------------------------
# Enum and its plain subclasses

class Enum(metaclass=EnumType):
    """A set of symbolic names bound to unique values.

    Subclass it, naming the members in the class body:

        class Color(Enum):
            RED = 1
            GREEN = 2

    or call it: Color = Enum('Color', 'RED GREEN'). Color(1), Color['RED'] and Color.RED are
    the same member; iteration gives the members in definition order, aliases left out.
    """

    def __new__(cls, value):
        # Members are made by _add_member; calling the class only ever looks one up.
        if type(value) is cls:
            return value
        found = _find_by_value(cls, value)
        if found is not None:
            return found
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        try:
            result = cls._missing_(value)
        except Exception as exc:
            failure, result = exc, None
        else:
            failure = None
        if isinstance(result, cls):
            return result
        if (_is_flag_class(cls) and cls._boundary_ is EJECT and failure is None
                and isinstance(result, int)):
            return result
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if failure is None:
            if result is None:
                raise invalid
            failure = TypeError('error in %s._missing_: returned %r instead of None or a '
                                'valid member' % (cls.__name__, result))
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() stands for: one more than the largest value so far, or start."""
        if not last_values:
            return start
        newest = last_values[-1]
        try:
            # Sorted in place: the 3.12 fallback below walks the sorted list.
            last_values.sort()
            if newest == last_values[-1]:
                return newest + 1
        except TypeError:
            pass
        # The newest value is not the largest, or values do not sort or add: 3.12 still
        # answers (one more than the last value that can be incremented) but warns.
        import warnings
        warnings.warn('In 3.13 the default `auto()`/`_generate_next_value_` will require all '
                      'values to be sortable and support adding +1\nand the value returned will '
                      'be the largest value in the enum incremented by 1',
                      DeprecationWarning, stacklevel=4)   # the class body's assignment
        for previous in reversed(last_values):
            try:
                return previous + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (type(self).__name__, show(self._value_))
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __dir__(self):
        cls = type(self)
        if cls._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name',
                     'value'}
        else:
            names = set(object.__dir__(self))
        members = cls._member_map_
        for key in getattr(self, '__dict__', ()):
            if not key.startswith('_') and key not in members:
                names.add(key)
        for klass in cls.__mro__:
            for key, attr in klass.__dict__.items():
                if key.startswith('_'):
                    continue
                if isinstance(attr, property) and attr.fget is None and key in members:
                    names.discard(key)
                elif isinstance(attr, property) or key not in members:
                    names.add(key)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    # Pickled and copied as a reference to the member: a lookup by value.
    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An Enum whose members keep the repr() of Enum but take str() and format() from the
    mixed-in data type."""


class IntEnum(int, ReprEnum):
    """An Enum whose members are ints (and compare and hash as such)."""


class StrEnum(str, ReprEnum):
    """An Enum whose members are strs; auto() gives the lower-cased member name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) > 1 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) > 2 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        text = str(*values)
        new_member = str.__new__(cls, text)
        new_member._value_ = text
        return new_member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    """A __reduce_ex__ for members that are module globals: pickled by name."""
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    """A __reduce_ex__ that pickles a member as getattr(its class, its name)."""
    return getattr, (type(self), self._name_)


# ---------------------------------------------------------------------------------------------
# Flags

class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has:
    STRICT raises ValueError (Flag's default), CONFORM drops those bits, EJECT returns a plain
    int, KEEP keeps them (IntFlag's default)."""

    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An Enum whose members are bit flags combined with |, & , ^ and ~; values that no
    member has are made on demand from the members' bits (see FlagBoundary)."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the largest value so far (start for the first)."""
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            return 1 << highest.bit_length()
        except (AttributeError, TypeError):
            raise TypeError('invalid flag value %r' % (highest,)) from None

    @classmethod
    def _iter_member_(cls, value):
        # The single-bit members within value, in definition order.
        for name in cls._member_names_:
            flag = cls._member_map_[name]
            if flag._value_ & value:
                yield flag

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask, all_bits = cls._flag_mask_, cls._all_bits_
        boundary = cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ mask):
            # bits beyond what the members cover
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(mask, width)))
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        negative = None
        if value < 0:
            negative = value
            value += all_bits + 1
        if cls._member_type_ is object:
            composite = object.__new__(cls)
        else:
            composite = cls._member_type_.__new__(cls, value)
        if not hasattr(composite, '_value_'):
            composite._value_ = value
        composite._name_, unnamed_bits = _composite_name(cls, value)
        if not unnamed_bits:
            # Only fully named composites are cached (and then shared).
            composite = cls._value2member_map_.setdefault(value, composite)
            if negative is not None:
                cls._value2member_map_[negative] = composite
        return composite

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __or__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ ^ bits)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._inverted_ is None:
            cls = type(self)
            if cls._boundary_ in (EJECT, KEEP):
                self._inverted_ = cls(~self._value_)
            else:
                self._inverted_ = cls(cls._singles_mask_ & ~self._value_)
        return self._inverted_


def _flag_operand(flag, other):
    # The int an operator combines with flag, or NotImplemented.
    if isinstance(other, type(flag)):
        return other._value_
    if flag._member_type_ is not object and isinstance(other, flag._member_type_):
        return other
    return NotImplemented


def _composite_name(cls, value):
    """(name of a composite flag value or None, the bits no member accounts for)."""
    singles = cls._singles_mask_
    single_part, other_part = value & singles, value & ~singles
    if not single_part and not other_part:
        return None, 0
    parts = list(cls._iter_member_(single_part))
    covered = 0
    for part in parts:
        covered |= part._value_
    if other_part:
        # multi-bit members whose bits no single-bit member has
        for candidate in cls._member_map_.values():
            bits = candidate._value_
            if bits and candidate not in parts and bits & value == bits:
                parts.append(candidate)
                covered |= bits
    rest = value ^ covered
    if not covered:
        return None, rest
    if rest and cls._boundary_ is STRICT:
        raise ValueError('%r: no members with value %r' % (cls, rest))
    name = '|'.join(part._name_ for part in parts)
    if rest:
        name += '|' + cls._numeric_repr_(rest)
    return name, rest


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints: int operations give ints, bitwise ones give flags, and
    unknown bits are kept."""


# ---------------------------------------------------------------------------------------------
# Decorators and checks

def _alias_pairs(enumeration):
    return ', '.join('%s -> %s' % (name, found.name)
                     for name, found in enumeration.__members__.items() if name != found.name)


def unique(enumeration):
    """Class decorator: ValueError if two member names share a value."""
    pairs = _alias_pairs(enumeration)
    if pairs:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, pairs))
    return enumeration


def global_enum_repr(self):
    """repr() of a member exported as a module global: 'module.NAME'."""
    module = type(self).__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr() of a flag exported as module globals: 'module.A|module.B'."""
    module = type(self).__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, type(self).__name__, self._value_)
    if _single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    return '|'.join(part if part[0].isdigit() else '%s.%s' % (module, part)
                    for part in self._name_.split('|'))


def global_str(self):
    """str() of a member exported as a module global: its bare name."""
    if self._name_ is None:
        return '%s(%r)' % (type(self).__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members into their module's globals, and make repr() (and,
    unless the class is a ReprEnum or update_str is given, str()) show them as such."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """The constraints verify() can check."""

    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                pairs = _alias_pairs(enumeration)
                if pairs:
                    raise ValueError('aliases found in %r: %s' % (enumeration, pairs))
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_continuous(enumeration, kind):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        gaps = [1 << bit for bit in range(low.bit_length(), high.bit_length() - 1)
                if 1 << bit not in values]
    else:
        gaps = [v for v in range(low + 1, high) if v not in values]
    if gaps:
        text = 'invalid %s %r: missing values %s' % (kind, enumeration.__name__,
                                                    ', '.join(map(str, gaps)))
        raise ValueError(text[:256])     # bounded, whatever the enum


def _verify_named_flags(enumeration):
    named_bits = {m.value for m in enumeration}
    culprits, missing = [], 0
    for name, flag in enumeration._member_map_.items():
        if name in enumeration._member_names_ or flag.value < 0:
            continue
        unnamed = [bit for bit in _bits_low_first(flag.value) if bit not in named_bits]
        if unnamed:
            culprits.append(name)
            for bit in unnamed:
                missing |= bit
    if not culprits:
        return
    if len(culprits) == 1:
        who = 'alias %s is missing' % culprits[0]
    else:
        who = 'aliases %s and %s are missing' % (', '.join(culprits[:-1]), culprits[-1])
    what = ('value 0x%x' if _single_bit(missing) else 'combined values of 0x%x') % missing
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, who, what))
