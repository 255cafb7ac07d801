"""Names for the interpreter's built-in types, and helpers to create classes dynamically (Pyjama).

The type names are not hard-wired: each is the type of a real object made below, so it is
whatever Pyjama's interpreter uses.  Where Pyjama has fewer kinds of builtin callables than
CPython (no separate wrapper_descriptor, method-wrapper or classmethod_descriptor), the names
fall on the nearest kind the interpreter has: see docs/python-differences.md.
"""

import sys

__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
    'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
    'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
    'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType', 'TracebackType',
    'FrameType', 'GetSetDescriptorType', 'MemberDescriptorType', 'new_class', 'resolve_bases',
    'prepare_class', 'get_original_bases', 'DynamicClassAttribute', 'coroutine', 'GenericAlias',
    'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType',
]


# ---------------------------------------------------------------- sample objects

def _sample_function(): pass


async def _sample_coroutine(): pass


async def _sample_async_generator():
    yield


def _sample_generator():
    yield


def _sample_cell():
    captured = None
    def reader():
        return captured
    return reader.__closure__[0]


class _Sample:
    __slots__ = ('slot',)

    def method(self): pass


def _sample_traceback():
    try:
        raise ValueError
    except ValueError as exc:
        return exc.__traceback__


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(sys.implementation)
CellType = type(_sample_cell())
ModuleType = type(sys)

GeneratorType = type(_sample_generator())
_coro = _sample_coroutine()
CoroutineType = type(_coro)
_coro.close()           # never awaited: close it so that no "never awaited" warning is due
AsyncGeneratorType = type(_sample_async_generator())

MethodType = type(_Sample().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__dict__['__init__'])
MethodWrapperType = type((0).__add__)
MethodDescriptorType = type(list.append)
ClassMethodDescriptorType = type(int.__dict__['from_bytes'])
GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
MemberDescriptorType = type(_Sample.__dict__['slot'])

TracebackType = type(_sample_traceback())
FrameType = type(_sample_traceback().tb_frame)

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(...)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _sample_function, _sample_coroutine, _sample_async_generator, _sample_generator
del _sample_cell, _Sample, _sample_traceback, _coro, sys


# ---------------------------------------------------------------- dynamic class creation

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would: resolve the bases, pick and prepare the
    metaclass, let exec_body(ns) fill the namespace, then call the metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def resolve_bases(bases):
    """Replace the bases that are not classes but define __mro_entries__ (PEP 560) by what it
    returns.  The same object comes back when nothing was replaced."""
    out = []
    replaced = False
    for base in bases:
        if isinstance(base, type):
            out.append(base)
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            out.append(base)
            continue
        substitute = entries(bases)
        if not isinstance(substitute, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        out.extend(substitute)
        replaced = True
    return tuple(out) if replaced else bases


def prepare_class(name, bases=(), kwds=None):
    """The first steps of a class statement: returns (metaclass, namespace, kwds), where kwds is
    a copy of the given keywords without 'metaclass' and namespace is what __prepare__ made."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # an explicit metaclass may still be overridden by a more derived one of a base
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """The most derived of meta and the bases' metaclasses, which must form a chain."""
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def get_original_bases(cls, /):
    """The bases as written in the class statement, before __mro_entries__ replaced any
    (for instance Generic[T] rather than Generic)."""
    if not isinstance(cls, type):
        raise TypeError(f'Expected an instance of type, not {type(cls).__name__!r}')
    return cls.__dict__.get('__orig_bases__', cls.__bases__)


class DynamicClassAttribute:
    """A property that exists on instances only: looked up on the class, it raises
    AttributeError so that the metaclass's __getattr__ answers instead (enum uses this so
    that a member called 'name' and the .name attribute can coexist)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # a docstring taken from fget follows fget when getter() replaces it
        self.overwrite_doc = doc is None
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        abstract = getattr(fget, '__isabstractmethod__', False)
        self.__isabstractmethod__ = bool(abstract)

    def _accessor(self, which, complaint):
        function = getattr(self, which)
        if function is None:
            raise AttributeError(complaint)
        return function

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            return self._accessor('fget', 'unreadable attribute')(instance)
        # On the class: an abstract one stays visible (ABCMeta must see it); otherwise
        # AttributeError hands the lookup to the metaclass's __getattr__.
        if not self.__isabstractmethod__:
            raise AttributeError()
        return self

    def __set__(self, instance, value):
        self._accessor('fset', "can't set attribute")(instance, value)

    def __delete__(self, instance):
        self._accessor('fdel', "can't delete attribute")(instance)

    def _copy_with(self, fget, fset, fdel, doc):
        twin = type(self)(fget, fset, fdel, doc)
        twin.overwrite_doc = self.overwrite_doc
        return twin

    def getter(self, fget):
        # doc=None lets the new fget's docstring in, unless the doc was given explicitly
        return self._copy_with(fget, self.fset, self.fdel, None if self.overwrite_doc else self.__doc__)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel, self.__doc__)


# ---------------------------------------------------------------- generator-based coroutines

_GENERATOR_FLAG = 0x20              # code.co_flags of a generator function
_AWAITABLE_GENERATOR_FLAG = 0x100   # ... of one that 'await' may drive (CO_ITERABLE_COROUTINE)
_COROUTINE_FLAG = 0x80              # ... of an 'async def'


class _GeneratorWrapper:
    """What types.coroutine makes of a generator-like object a wrapped function returned: the
    same object, plus __await__ and the cr_* names of a coroutine."""

    def __init__(self, gen):
        self._gen = gen
        self._native = type(gen) is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, typ, *rest):
        return self._gen.throw(typ, *rest)

    def close(self):
        return self._gen.close()

    def __next__(self):
        return next(self._gen)

    def __iter__(self):
        # a native generator drives 'await' itself; anything else goes through us
        return self._gen if self._native else self

    __await__ = __iter__

    gi_code = cr_code = property(lambda self: self._gen.gi_code)
    gi_frame = cr_frame = property(lambda self: self._gen.gi_frame)
    gi_running = cr_running = property(lambda self: self._gen.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: self._gen.gi_yieldfrom)


def coroutine(func):
    """Make a generator function usable with 'await' (the pre-'async def' style).

    A generator function gets its code flagged in place and is returned itself; any other
    callable is wrapped so that a generator it returns becomes awaitable."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None) if type(func) is FunctionType else None
    if type(code) is CodeType:
        flags = code.co_flags
        if flags & (_COROUTINE_FLAG | _AWAITABLE_GENERATOR_FLAG):
            return func
        if flags & _GENERATOR_FLAG:
            func.__code__ = code.replace(co_flags=flags | _AWAITABLE_GENERATOR_FLAG)
            return func

    import functools
    from collections import abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        kind = type(result)
        if kind is CoroutineType:
            return result
        if kind is GeneratorType and result.gi_code.co_flags & _AWAITABLE_GENERATOR_FLAG:
            return result
        if isinstance(result, abc.Generator) and not isinstance(result, abc.Coroutine):
            return _GeneratorWrapper(result)
        return result

    return wrapped
