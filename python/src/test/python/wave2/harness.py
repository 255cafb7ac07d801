"""Differential harness for the second wave of Pyjama's Python-written standard modules.

Run as ``python3 -I -S -B harness.py MODE test_<mod>.py`` with MODE ``real`` (CPython's own
modules: the oracle) or ``ours`` (``python/src/main/python`` first on sys.path).  A test script
gets its modules through ``load(name)`` and records results through ``check(label, fn)``; each
check prints one line ``label<TAB>result`` so the runner can compare the two transcripts label by
label.  In ``ours`` mode every module of ours that got imported is verified to come from our
directory, so a case can never pass by exercising CPython's module instead.
"""
import io
import os
import sys
import importlib
import importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OURS = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'main', 'python'))

# CPython 3.12 freezes these into the interpreter and its frozen importer wins over sys.path, so
# ours are loaded from their files under private names (and swapped into sys.modules only while
# one of them imports another).
FROZEN = ('genericpath', 'stat', 'posixpath')

MODE = sys.argv[1]
STARTUP = set(sys.modules)
# Java-side in Pyjama: always CPython's, imported before our directory goes on the path.
import os, re, math, time, errno, struct, hashlib, weakref, _thread  # noqa: E401,F811
PREIMPORTED = set(sys.modules)
if MODE == 'ours':
    sys.path.insert(0, OURS)

_private = {}


def _load_private(name):
    if name in _private:
        return _private[name]
    deps = {'posixpath': ('genericpath', 'stat'), 'genericpath': ('stat',)}.get(name, ())
    mods = {dep: _load_private(dep) for dep in deps}
    spec = importlib.util.spec_from_file_location('_pyjama_' + name, os.path.join(OURS, name + '.py'))
    module = importlib.util.module_from_spec(spec)
    saved = {dep: sys.modules.get(dep) for dep in mods}
    sys.modules.update(mods)
    try:
        spec.loader.exec_module(module)
    finally:
        for dep, old in saved.items():
            if old is None:
                del sys.modules[dep]
            else:
                sys.modules[dep] = old
    _private[name] = module
    return module


def load(name):
    """The module under test: CPython's in real mode, ours in ours mode."""
    if MODE == 'real':
        module = importlib.import_module(name)
        assert not module.__file__ or not module.__file__.startswith(OURS)
        return module
    if name in FROZEN:
        return _load_private(name)
    module = importlib.import_module(name)
    if not getattr(module, '__file__', '') or not module.__file__.startswith(OURS + os.sep):
        raise SystemExit(f'harness: {name} came from {getattr(module, "__file__", None)}, not ours')
    return module


_ADDRESS = re.compile(r' at 0x[0-9a-fA-F]+')


def fmt(value):
    # Object addresses differ between the two processes; nothing else may.
    text = _ADDRESS.sub(' at 0x?', repr(value))
    return text.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')


def check(label, fn, show=fmt):
    """Run fn() and print its result (or the exception it raised) under label."""
    try:
        result = 'ok ' + show(fn())
    except BaseException as e:  # SystemExit from argparse is a result too
        if isinstance(e, KeyboardInterrupt):
            raise
        result = f'!! {type(e).__name__}: {fmt(str(e))}'
    sys.stdout.write(f'{label}\t{result}\n')


class Captured:
    """Run fn() with stdout and stderr captured; result is (outcome, stdout, stderr)."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self):
        out, err = io.StringIO(), io.StringIO()
        old = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        try:
            try:
                outcome = ('ok', self.fn())
            except SystemExit as e:
                outcome = ('exit', e.code)
            except Exception as e:
                outcome = ('!!', type(e).__name__, str(e))
        finally:
            sys.stdout, sys.stderr = old
        return outcome, out.getvalue(), err.getvalue()


def captured(fn):
    return Captured(fn)()


def verify_ours():
    ours = {e[:-3] for e in os.listdir(OURS) if e.endswith('.py')}
    ours |= {e for e in os.listdir(OURS) if os.path.isfile(os.path.join(OURS, e, '__init__.py'))}
    for name, module in list(sys.modules.items()):
        top = name.partition('.')[0]
        if top in ours and name not in PREIMPORTED and top not in FROZEN:
            path = getattr(module, '__file__', None) or ''
            if not path.startswith(OURS + os.sep):
                raise SystemExit(f'harness: {name} was imported from {path}, not ours')


sys.modules['harness'] = sys.modules[__name__]
if __name__ == '__main__':
    script = sys.argv[2]
    with open(script) as f:
        code = compile(f.read(), script, 'exec')
    sys.argv = [script]
    g = {'__name__': '__wave2_test__', 'load': load, 'check': check, 'captured': captured}
    exec(code, g)
    if MODE == 'ours':
        verify_ours()
