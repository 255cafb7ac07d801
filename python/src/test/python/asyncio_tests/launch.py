"""Runs one asyncio test script under CPython, with CPython's asyncio or with Pyjama's.

    python3 -I -S launch.py cpython|pyjama SCRIPT

In "pyjama" mode every module of python/src/main/python replaces CPython's (a meta-path finder
in front of the built-in importer claims their names, as run_under_cpython.py does), and after
the script has run the launcher checks that asyncio and all its submodules came from our tree and
that CPython's accelerator ``_asyncio`` was never imported; if not, it exits with status 3.
Modules Pyjama lacks (NOT_ON_PYJAMA) cannot be imported by our asyncio in pyjama mode.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OURS = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'main', 'python'))

# Provided by the interpreter in Java on Pyjama: always CPython's here.
JAVA_SIDE = ['re', 'struct', 'hashlib', 'zlib', 'math', 'cmath', 'time', 'errno', 'gc',
             'array', 'marshal', '_thread', 'weakref', 'binascii', 'os',
             'contextvars']

# Not on Pyjama: refused to our asyncio in pyjama mode, so that its fallbacks run (its own thread
# pool instead of concurrent.futures.ThreadPoolExecutor). Test scripts may still import them.
NOT_ON_PYJAMA = ['concurrent']


def imported_by_asyncio():
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get('__name__') or ''
        if not module.startswith(('importlib', '_frozen_importlib')):
            return module == 'asyncio' or module.startswith('asyncio.')
        frame = frame.f_back
    return False


def our_module_names():
    names = set()
    for entry in os.listdir(OURS):
        if entry.endswith('.py'):
            names.add(entry[:-3])
        elif os.path.isfile(os.path.join(OURS, entry, '__init__.py')):
            names.add(entry)
    return names


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
            if name.split('.')[0] in NOT_ON_PYJAMA and imported_by_asyncio():
                raise ModuleNotFoundError(f"No module named '{name}'", name=name)
            if name.split('.')[0] not in ours:
                return None
            return importlib.machinery.PathFinder.find_spec(name, path if path is not None else [OURS])

    sys.meta_path.insert(0, OursFirst)


def wrong_asyncio_modules(expect_ours):
    wrong = []
    for name, module in list(sys.modules.items()):
        if name == '_asyncio' and expect_ours:
            wrong.append('_asyncio (CPython accelerator) was imported')
        if name == 'asyncio' or name.startswith('asyncio.'):
            path = os.path.abspath(getattr(module, '__file__', None) or '')
            if path.startswith(OURS + os.sep) != expect_ours:
                wrong.append(f'{name} from {path}')
    return wrong


def main():
    mode, script = sys.argv[1], os.path.abspath(sys.argv[2])
    if mode == 'pyjama':
        use_our_modules()
    elif mode != 'cpython':
        raise SystemExit(f'unknown mode {mode!r}')
    with open(script, encoding='utf-8') as f:
        code = compile(f.read(), script, 'exec')
    sys.argv = [script]
    namespace = {'__name__': '__main__', '__file__': script, '__builtins__': __builtins__}
    status = 0
    try:
        exec(code, namespace)
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        import traceback
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
    wrong = wrong_asyncio_modules(mode == 'pyjama')
    if wrong:
        sys.stderr.write('launch.py: wrong asyncio modules: %s\n' % ', '.join(wrong))
        status = 3
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


main()
