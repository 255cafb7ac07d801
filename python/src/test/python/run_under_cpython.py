#!/usr/bin/env python3
"""Differential tests for Pyjama's frozen standard-library modules, run on the host CPython 3.12.

Every test file ``test_<module>.py`` beside this script is a plain Python file cut into cases by
lines of the form ``# case: <name>``.  Each case runs twice, in two fresh CPython processes:

* "cpython": CPython with its own standard library (the oracle);
* "pyjama":  the same CPython, but with ``python/src/main/python`` first on ``sys.path`` so that
  every module we ship replaces CPython's.

Each case's printed output (and any exception it lets escape, as ``!! Type: message``) must be
identical in both.  In the pyjama process every module of ours that got imported is checked to come
from our directory, so a test can never silently pass by exercising CPython's module instead.

Modules the interpreter will provide in Java (``re``, ``struct``, ``hashlib``, ...) are imported
from CPython *before* our directory is put on the path, so CPython's versions of them keep using
CPython's internals and never pick up a half-written module of ours.

Usage:
    run_under_cpython.py [-v] [--record] [test_name ...]

``--record`` also writes the oracle's outputs to ``expected/<test>.json``, so the same cases can later
be checked on Pyjama itself without a CPython at hand.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OURS = os.path.normpath(os.path.join(HERE, '..', '..', 'main', 'python'))
ORACLE = '/root/.pyenv/versions/3.12.1/bin/python3'

# Provided by the interpreter in Java: always taken from CPython in both modes.
JAVA_SIDE = ['re', 'struct', 'hashlib', 'zlib', 'math', 'cmath', 'time', 'errno', 'gc',
             'array', 'marshal', '_thread', 'weakref', 'binascii', 'os', 'sre_compile']


def our_module_names():
    names = set()
    for entry in os.listdir(OURS):
        if entry.endswith('.py'):
            names.add(entry[:-3])
        elif os.path.isfile(os.path.join(OURS, entry, '__init__.py')):
            names.add(entry)
    return names


def split_cases(source):
    cases = []
    name, lines, prelude = None, [], []
    for line in source.splitlines(keepends=True):
        if line.startswith('# case:'):
            if name is not None:
                cases.append((name, ''.join(lines)))
            name, lines = line[len('# case:'):].strip(), []
        elif name is None:
            prelude.append(line)
        else:
            lines.append(line)
    if name is not None:
        cases.append((name, ''.join(lines)))
    return ''.join(prelude), cases


class _Collector:
    """A minimal text sink (our own io module may be the one under test)."""
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


def child(mode, test_path):
    """Runs in the subprocess: executes every case and prints a JSON map of outputs."""
    ours = our_module_names()
    if mode == 'pyjama':
        for name in JAVA_SIDE:
            if name in ours:
                continue
            try:
                __import__(name)
            except ImportError:
                pass
        for name in list(sys.modules):
            if name.split('.')[0] in ours:
                del sys.modules[name]
        sys.path.insert(0, OURS)
        # Some of our names are built into CPython (itertools, ...), and BuiltinImporter comes
        # first on sys.meta_path: a finder of our own, in front of it, claims all our names.
        import importlib.machinery

        class OursFirst:
            @staticmethod
            def find_spec(name, path=None, target=None):
                if name.split('.')[0] not in ours:
                    return None
                search = path if path is not None else [OURS]
                return importlib.machinery.PathFinder.find_spec(name, search)

        sys.meta_path.insert(0, OursFirst)
    with open(test_path, encoding='utf-8') as f:
        prelude, cases = split_cases(f.read())
    results = {}
    real_stdout = sys.stdout
    for name, code in cases:
        sink = _Collector()
        sys.stdout = sink
        namespace = {'__name__': '__main__'}
        try:
            exec(compile(prelude + code, test_path + '::' + name, 'exec'), namespace)
        except BaseException as e:  # noqa: report everything, including SystemExit
            sink.write('!! %s: %s\n' % (type(e).__name__, e))
        finally:
            sys.stdout = real_stdout
        results[name] = sink.getvalue()
    wrong = []
    if mode == 'pyjama':
        for name, mod in list(sys.modules.items()):
            if name.split('.')[0] in ours:
                path = getattr(mod, '__file__', None) or ''
                if not os.path.abspath(path).startswith(OURS):
                    wrong.append('%s from %s' % (name, path))
    real_stdout.write(json.dumps({'results': results, 'wrong_modules': wrong}))


def run_child(mode, test_path):
    env = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'PYTHONHASHSEED': '0',
           'LANG': 'C.UTF-8', 'PYTHONIOENCODING': 'utf-8'}
    proc = subprocess.run([ORACLE, '-B', '-S', '-s', '-P', os.path.abspath(__file__), '--child', mode, test_path],
                          capture_output=True, text=True, env=env, timeout=300, cwd=HERE)
    if proc.returncode != 0 or not proc.stdout:
        raise RuntimeError('%s run of %s crashed:\n%s' % (mode, test_path, proc.stderr[-4000:]))
    return json.loads(proc.stdout)


def main(argv):
    if argv[:1] == ['--child']:
        child(argv[1], argv[2])
        return 0
    verbose = '-v' in argv
    record = '--record' in argv
    wanted = [a for a in argv if not a.startswith('-')]
    tests = sorted(f for f in os.listdir(HERE) if f.startswith('test_') and f.endswith('.py'))
    if wanted:
        tests = [t for t in tests if t[5:-3] in wanted or t in wanted or t[:-3] in wanted]
    passed = failed = 0
    for test in tests:
        path = os.path.join(HERE, test)
        try:
            oracle = run_child('cpython', path)
            ours = run_child('pyjama', path)
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            print('CRASH %s: %s' % (test, e))
            failed += 1
            continue
        if ours['wrong_modules']:
            print('FAIL %s: modules not taken from our tree: %s' % (test, ours['wrong_modules']))
            failed += 1
        file_failed = 0
        for name, expected in oracle['results'].items():
            got = ours['results'].get(name)
            if got == expected:
                passed += 1
                if verbose:
                    print('ok   %s::%s' % (test, name))
            else:
                failed += 1
                file_failed += 1
                print('FAIL %s::%s' % (test, name))
                print('  expected: %r' % expected[:2000])
                print('  got:      %r' % (got or '')[:2000])
        print('%-28s %3d cases, %d failed' % (test, len(oracle['results']), file_failed))
        if record:
            os.makedirs(os.path.join(HERE, 'expected'), exist_ok=True)
            with open(os.path.join(HERE, 'expected', test[:-3] + '.json'), 'w', encoding='utf-8') as f:
                json.dump(oracle['results'], f, indent=1, sort_keys=True, ensure_ascii=False)
                f.write('\n')
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
