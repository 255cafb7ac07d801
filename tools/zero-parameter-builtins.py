"""Prints the callables of CPython's builtins that take no parameters, for Tab completion.

rlcompleter appends '()' rather than '(' to a callable whose inspect.signature() has no
parameters (globals(), [].copy(), time.time()). Pyjama's Java builtins carry no signatures, so
the kernel's completer (kernel/.../python/PythonNames.java, ZERO_PARAMETER_BUILTINS) keeps this
list, made by running this script with CPython 3.12:

    /root/.pyenv/versions/3.12.1/bin/python3 tools/zero-parameter-builtins.py

Entries: 'module.function' for module functions, 'type.method' for methods of builtin types
(bound to an instance), 'class:name' for builtin classes callable without arguments. Only the
modules that Pyjama implements in Java are listed; functions written in Python are read from
their code objects instead. The kernel's own Java modules are added by hand in PythonNames.
"""
import builtins
import inspect
import importlib
import sys

# Modules Pyjama implements in Java (python/.../runtime/StdJavaModules.java, SysModule).
JAVA_MODULES = ['sys', 'time', 'math', 'gc', 'errno', 'marshal', 'zlib', 'hashlib', 'struct',
                '_struct', 'cmath', 'array', 're', '_weakref', 'importlib']


def no_parameters(obj):
    try:
        return not inspect.signature(obj).parameters
    except (ValueError, TypeError):
        return False


def main():
    found = set()
    types = {type(None), type(NotImplemented), type(...), type(lambda: 0), type(sys),
             type(iter([])), type({}.keys()), type({}.values()), type({}.items()),
             type(x for x in []), type(len)}
    for name, value in vars(builtins).items():
        if isinstance(value, type):
            types.add(value)
            if no_parameters(value):
                found.add('class:' + name)
        elif callable(value) and no_parameters(value):
            found.add('builtins.' + name)
    for t in types:
        for name, value in vars(t).items():
            if type(value).__name__ not in ('method_descriptor', 'wrapper_descriptor'):
                continue
            try:
                params = inspect.signature(value).parameters
            except (ValueError, TypeError):
                continue
            if len(params) == 1:  # only self: bound to an instance it takes nothing
                found.add(t.__name__ + '.' + name)
    for module_name in JAVA_MODULES:
        module = importlib.import_module(module_name)
        for name, value in list(vars(module).items()):
            if callable(value) and not isinstance(value, type) and no_parameters(value):
                found.add(module_name + '.' + name)
    words = sorted(found)
    lines, line = [], ''
    for w in words:
        if len(line) + len(w) + 1 > 88:
            lines.append(line)
            line = ''
        line += w + ' '
    lines.append(line)
    lines[-1] = lines[-1].rstrip()
    print('    static final String ZERO_PARAMETER_BUILTINS =')
    print(' +\n'.join('            "%s"' % l for l in lines) + ';')
    print('// %d entries' % len(words), file=sys.stderr)


main()
