"""How callbacks appear in Handle and Future reprs: ``name(args) at file:line``."""


def _short_repr(obj):
    # reprlib keeps huge results and arguments from flooding a repr.
    try:
        import reprlib
    except ImportError:
        return repr(obj)
    return reprlib.repr(obj)


def _partial_parts(func):
    """(func, args, keywords) of a functools.partial, or None for anything else."""
    if type(func).__name__ != 'partial':
        return None
    try:
        return func.func, func.args, func.keywords
    except AttributeError:
        return None


def _get_function_source(func):
    """(filename, first line) of a plain function behind wrappers and partials, else None."""
    depth = 0
    while depth < 100 and getattr(func, '__wrapped__', None) is not None:
        func = func.__wrapped__
        depth += 1
    parts = _partial_parts(func)
    if parts is not None:
        return _get_function_source(parts[0])
    code = getattr(func, '__code__', None) if type(func).__name__ == 'function' else None
    return None if code is None else (code.co_filename, code.co_firstlineno)


def _call_text(args, kwargs):
    shown = [_short_repr(a) for a in args or ()]
    shown += [f'{k}={_short_repr(v)}' for k, v in (kwargs or {}).items()]
    return '(' + ', '.join(shown) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    # A partial shows as its wrapped function's call followed by the outer call.
    parts = _partial_parts(func)
    if parts is not None:
        inner, inner_args, inner_kwargs = parts
        return _format_callback(inner, inner_args, inner_kwargs,
                                _call_text(args, kwargs) + suffix)
    label = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return label + _call_text(args, kwargs) + suffix


def _format_callback_source(func, args):
    where = _get_function_source(func)
    text = _format_callback(func, args, None)
    return text if not where else f'{text} at {where[0]}:{where[1]}'


def _format_callbacks(callbacks):
    """The ``cb=[...]`` part of a Future repr: first, last, and a count of those between."""
    funcs = [entry[0] for entry in callbacks]
    if len(funcs) > 2:
        funcs[1:-1] = [None]
    pieces = [f'<{len(callbacks) - 2} more>' if f is None else _format_callback_source(f, ())
              for f in funcs]
    return 'cb=[' + ', '.join(pieces) + ']'
