"""Runs one program under host CPython with Pyjama's threading (and the rest of our modules).

    python3 -I -S launch.py MODE PROGRAM.py

MODE:
  real     CPython's own threading and queue (the oracle; a sanity check of the runner)
  ours     our python/src/main/python modules in place of CPython's (as asyncio_tests/launch.py
           does), over CPython's complete _thread
  minimal  as ours, over a _thread cut down to what Pyjama's VM promises: no _local,
           _excepthook, _ExceptHookArgs, _set_sentinel or _is_main_interpreter, so threading's
           own local, excepthook and ExceptHookArgs are the ones exercised
  norlock  as minimal, and without _thread.RLock (threading's Python RLock)

The program runs as __main__ and the interpreter then ends normally, so CPython's finalization
calls threading._shutdown() of the threading module in sys.modules: ours, except in real mode.
If threading or queue did not come from the expected place, the launcher says so on stderr.
"""
import os
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
OURS = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'main', 'python'))

# Provided by the interpreter in Java on Pyjama: always CPython's here.
JAVA_SIDE = ['re', 'struct', 'hashlib', 'zlib', 'math', 'cmath', 'time', 'errno', 'gc',
             'array', 'marshal', '_thread', 'weakref', 'binascii', 'os', 'contextvars']

# What Pyjama's _thread may lack (docs/python.md, "Threads").
OPTIONAL_IN_THREAD = ['_local', '_excepthook', '_ExceptHookArgs', '_set_sentinel',
                      '_is_main_interpreter']


def our_module_names():
    names = set()
    for entry in os.listdir(OURS):
        if entry.endswith('.py'):
            names.add(entry[:-3])
        elif os.path.isfile(os.path.join(OURS, entry, '__init__.py')):
            names.add(entry)
    return names


def cut_down_thread_module(hidden):
    import _thread
    proxy = types.ModuleType('_thread', _thread.__doc__)
    for name in dir(_thread):
        if name not in hidden and not name.startswith('__'):
            setattr(proxy, name, getattr(_thread, name))
    sys.modules['_thread'] = proxy


def use_our_modules():
    ours = our_module_names()
    for name in JAVA_SIDE:
        if name not in ours:
            try:
                __import__(name)
            except ImportError:
                pass
    for name in list(sys.modules):
        if name.split('.')[0] in ours:
            del sys.modules[name]
    sys.path.insert(0, OURS)
    import importlib.machinery

    class OursFirst:
        @staticmethod
        def find_spec(name, path=None, target=None):
            if name.split('.')[0] not in ours:
                return None
            return importlib.machinery.PathFinder.find_spec(
                name, path if path is not None else [OURS])

    sys.meta_path.insert(0, OursFirst)


def main():
    mode, script = sys.argv[1], os.path.abspath(sys.argv[2])
    if mode not in ('real', 'ours', 'minimal', 'norlock'):
        raise SystemExit(f'unknown mode {mode!r}')
    if mode != 'real':
        use_our_modules()
    # After CPython's own modules are in (its functools needs _thread.RLock), before ours.
    if mode == 'minimal':
        cut_down_thread_module(OPTIONAL_IN_THREAD)
    elif mode == 'norlock':
        cut_down_thread_module(OPTIONAL_IN_THREAD + ['RLock'])
    import threading    # before the program, so that it is the one finalization uses
    with open(script, encoding='utf-8') as f:
        code = compile(f.read(), script, 'exec')
    sys.argv = [script]
    sys.path[0:0] = [os.path.dirname(script)]
    namespace = {'__name__': '__main__', '__file__': script, '__builtins__': __builtins__}
    exec(code, namespace)
    for name in ('threading', 'queue'):
        module = sys.modules.get(name)
        if module is None:
            continue
        ours = os.path.abspath(getattr(module, '__file__', '') or '').startswith(OURS + os.sep)
        if ours != (mode != 'real'):
            sys.stderr.write(f'launch.py: {name} came from {module.__file__}\n')


main()
