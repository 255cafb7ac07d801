"""help(obj) for the interpreter: a compact pydoc.

Written for Pyjama. Functions, builtins and methods are rendered as pydoc renders them
(header, signature line, indented docstring); classes list their methods with signatures;
modules their functions and classes. Anything else shows its type's help.
"""

import inspect
import sys


def _signature(obj, name):
    try:
        params = str(inspect.signature(obj))
    except (TypeError, ValueError):
        params = '(...)'
    if name == '<lambda>':
        return f'<lambda> lambda {params[1:-1]}'    # as pydoc writes a lambda
    return name + params


def _indent(text, prefix='    '):
    if not text:
        return ''
    return '\n'.join((prefix + line).rstrip() for line in text.splitlines()) + '\n'


def _doc(obj):
    doc = inspect.getdoc(obj) if not isinstance(obj, type) or '__doc__' in vars(obj) else None
    return doc or ''


def _routine(obj):
    """(header, body) of a function, builtin or method."""
    name = getattr(obj, '__name__', '?')
    module = getattr(obj, '__module__', None)
    where = f' in module {module}' if module else ''
    owner = getattr(obj, '__self__', None)
    suffix = ''
    if inspect.ismethod(obj) or (inspect.isbuiltin(obj) and owner is not None
                                 and not inspect.ismodule(owner)):
        kind = type(owner).__name__ if not isinstance(owner, type) else None
        if kind:
            cls = type(owner)
            suffix = f' method of {cls.__module__}.{cls.__qualname__} instance'
        else:
            suffix = f' class method of {owner.__module__}.{owner.__qualname__}'
    if inspect.ismethod(obj):
        header = f'method {name}{where}'
    elif inspect.isbuiltin(obj):
        header = f'built-in function {name}' + (where if not suffix else '')
    elif inspect.isfunction(obj):
        header = f'function {name}{where}'
    else:
        header = type(obj).__name__
    return header, _signature(obj, name) + suffix + '\n' + _indent(_doc(obj))


def _class(cls):
    bases = ', '.join(b.__qualname__ if b.__module__ in ('builtins', cls.__module__)
                      else f'{b.__module__}.{b.__qualname__}' for b in cls.__bases__)
    lines = [f'class {cls.__name__}({bases})' if bases else f'class {cls.__name__}']
    doc = _doc(cls)
    if doc:
        lines += [' |  ' + line if line else ' |' for line in doc.splitlines()]
    methods = [(n, v) for n, v in vars(cls).items()
               if callable(v) or isinstance(v, (classmethod, staticmethod))]
    if methods:
        lines += [' |', ' |  Methods defined here:', ' |']
        for n, v in methods:
            func = v.__func__ if isinstance(v, (classmethod, staticmethod)) else v
            lines.append(' |  ' + _signature(func, n))
            for line in _doc(func).splitlines():
                lines.append((' |      ' + line).rstrip())
            lines.append(' |')
    return '\n'.join(lines) + '\n'


def _module(mod):
    lines = ['NAME', f'    {mod.__name__}', '']
    doc = _doc(mod)
    if doc:
        lines += ['DESCRIPTION', _indent(doc).rstrip('\n'), '']
    public = [n for n in sorted(vars(mod)) if not n.startswith('_')]
    classes = [n for n in public if isinstance(getattr(mod, n), type)]
    funcs = [n for n in public if inspect.isroutine(getattr(mod, n))]
    if classes:
        lines += ['CLASSES'] + [f'    {n}' for n in classes] + ['']
    if funcs:
        lines += ['FUNCTIONS']
        for n in funcs:
            lines.append('    ' + _signature(getattr(mod, n), n))
            first = _doc(getattr(mod, n)).split('\n', 1)[0]
            if first:
                lines.append('        ' + first)
        lines.append('')
    return '\n'.join(lines) + '\n'


def render(obj):
    """The text help(obj) prints."""
    if inspect.isroutine(obj):
        header, body = _routine(obj)
        return f'Help on {header}:\n\n{body}\n'
    if isinstance(obj, type):
        where = f' in module {obj.__module__}' if obj.__module__ != 'builtins' else ' in module builtins'
        return f'Help on class {obj.__name__}{where}:\n\n{_class(obj)}\n'
    if inspect.ismodule(obj):
        return f'Help on module {obj.__name__}:\n\n{_module(obj)}'
    if isinstance(obj, str):
        found = sys.modules.get(obj)
        if found is None:
            try:
                found = __import__(obj)
            except ImportError:
                return f'No Python documentation found for {obj!r}.\n'
        return render(found)
    cls = type(obj)
    return f'Help on {cls.__name__} object:\n\n{_class(cls)}\n'
