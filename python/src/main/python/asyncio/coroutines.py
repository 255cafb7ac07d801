"""Recognising coroutines and coroutine functions (without the inspect module)."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100

# Marker for functions flagged by hand as coroutine functions (the old asyncio.coroutine style).
_is_coroutine = object()


async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def _unwrap_callable(func):
    """Looks through bound methods and functools.partial objects to the function inside."""
    for _ in range(100):
        if hasattr(func, '__func__'):
            func = func.__func__
        elif type(func).__name__ == 'partial' and hasattr(func, 'func'):
            func = func.func
        else:
            break
    return func


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    func = _unwrap_callable(func)
    if getattr(func, '_is_coroutine_marker', None) is not None:
        return True
    code = getattr(func, '__code__', None)
    return code is not None and bool(getattr(code, 'co_flags', 0) & _CO_COROUTINE)


def _is_coroutine_like(cls):
    # Mirrors collections.abc.Coroutine's structural check.
    for name in ('__await__', 'send', 'throw', 'close'):
        if not any(name in vars(base) and vars(base)[name] is not None for base in cls.__mro__):
            return False
    return True


_iscoroutine_typecache = set()


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    cls = type(obj)
    if cls is _CoroutineType or cls in _iscoroutine_typecache:
        return True
    if _is_coroutine_like(cls):
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(cls)
        return True
    return False


def isawaitable(obj):
    """True for objects usable in an ``await`` expression."""
    if iscoroutine(obj) or hasattr(type(obj), '__await__'):
        return True
    code = getattr(obj, 'gi_code', None)
    return code is not None and bool(code.co_flags & _CO_ITERABLE_COROUTINE)


def _format_coroutine(coro):
    """The ``coro=<...>`` part of a Task repr."""
    qualname = getattr(coro, '__qualname__', None)
    name = qualname or getattr(coro, '__name__', None) or f'<{type(coro).__name__} without __name__>'
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
