"""Shallow and deep copies of arbitrary objects: copy(x) and deepcopy(x).

Written for Pyjama from the documented behaviour of CPython 3.12's copy.
Classes take part through __copy__ / __deepcopy__(memo), or else through
the pickle protocol (copyreg.dispatch_table, __reduce_ex__(4),
__reduce__), whose reduce value is rebuilt by _rebuild below.
"""
import copyreg
import types
import weakref

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # the old name, still documented


# Types whose instances never need copying, shallow or deep: they are
# immutable or have identity semantics.
_SHARED_ALWAYS = frozenset({
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
    str, bytes, type, range, property, types.BuiltinFunctionType,
    types.FunctionType, types.CodeType, weakref.ref,
})
# A shallow copy may also share these containers of shared references.
_SHARED_SHALLOW = _SHARED_ALWAYS | {tuple, frozenset, slice}

_SHALLOW_BY_METHOD = {list: list.copy, dict: dict.copy, set: set.copy,
                      bytearray: bytearray.copy}


def _reduce(x, kind):
    """The pickle-protocol description of x, used when nothing else applies."""
    cls = type(x)
    custom = copyreg.dispatch_table.get(cls)
    if custom is not None:
        return custom(x)
    method = getattr(x, '__reduce_ex__', None)
    if method is not None:
        return method(4)
    method = getattr(x, '__reduce__', None)
    if method:
        return method()
    raise Error('un(%s)copyable object of type %s' % (kind, cls))


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _SHARED_SHALLOW or issubclass(cls, type):
        return x
    by_method = _SHALLOW_BY_METHOD.get(cls)
    if by_method is not None:
        return by_method(x)
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    recipe = _reduce(x, 'shallow')
    if isinstance(recipe, str):
        return x        # a global name: the object is its own copy
    return _rebuild(x, None, *recipe)


def _deep_list(x, memo):
    twin = []
    memo[id(x)] = twin
    for item in x:
        twin.append(deepcopy(item, memo))
    return twin


def _deep_dict(x, memo):
    twin = {}
    memo[id(x)] = twin
    for key, value in x.items():
        twin[deepcopy(key, memo)] = deepcopy(value, memo)
    return twin


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple reached again through its own items was copied meanwhile.
    if id(x) in memo:
        return memo[id(x)]
    if all(new is old for new, old in zip(items, x)):
        return x
    return tuple(items)


def _deep_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_DEEP_BY_TYPE = {list: _deep_list, dict: _deep_dict, tuple: _deep_tuple,
                 types.MethodType: _deep_method}


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    if cls in _SHARED_ALWAYS or issubclass(cls, type):
        twin = x
    elif cls in _DEEP_BY_TYPE:
        twin = _DEEP_BY_TYPE[cls](x, memo)
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            twin = hook(memo)
        else:
            recipe = _reduce(x, 'deep')
            twin = x if isinstance(recipe, str) else _rebuild(x, memo, *recipe)
    if twin is not x:
        memo[key] = twin
        _pin(x, memo)
    return twin


def _pin(x, memo):
    """Keep the original alive as long as the memo, so its id is not reused
    by a new object that would then wrongly find x's copy in the memo."""
    memo.setdefault(id(memo), []).append(x)


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    """Make the copy a reduce value describes (deep when memo is given)."""
    deep = memo is not None
    clone = (lambda v: deepcopy(v, memo)) if deep else (lambda v: v)
    if deep and args:
        args = clone(args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        state = clone(state)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state is not None:
                y.__dict__.update(state)
            if slots is not None:
                for name, value in slots.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(clone(item))
    if dictiter is not None:
        for k, v in dictiter:
            y[clone(k)] = clone(v)
    return y
