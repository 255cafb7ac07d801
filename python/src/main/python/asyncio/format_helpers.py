"""How callbacks are shown in Handle and Future reprs (``func(args) at file:line``)."""


def _short_repr(obj):
    try:
        import reprlib
    except ImportError:
        return repr(obj)
    return reprlib.repr(obj)


def _is_partial(func):
    return type(func).__name__ == 'partial' and hasattr(func, 'func') and hasattr(func, 'args')


def _get_function_source(func):
    for _ in range(100):
        wrapped = getattr(func, '__wrapped__', None)
        if wrapped is None:
            break
        func = wrapped
    if _is_partial(func):
        return _get_function_source(func.func)
    if type(func).__name__ == 'function':
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    return None


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(_short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{key}={_short_repr(value)}' for key, value in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if _is_partial(func):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    qualname = getattr(func, '__qualname__', None)
    name = getattr(func, '__name__', None)
    if qualname:
        text = qualname
    elif name:
        text = name
    else:
        text = repr(func)
    return text + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def _format_callbacks(callbacks):
    """The ``cb=[...]`` part of a Future repr: the first, a count, and the last."""
    count = len(callbacks)
    shown = [_format_callback_source(cb, ()) for cb, _ in callbacks[:1]]
    if count == 2:
        shown.append(_format_callback_source(callbacks[1][0], ()))
    elif count > 2:
        shown.append(f'<{count - 2} more>')
        shown.append(_format_callback_source(callbacks[-1][0], ()))
    return 'cb=[' + ', '.join(shown) + ']'
