"""Compares Pyjama's ast module with CPython 3.12's over a body of real Python files.

For every file it compares, byte for byte,

    ast.dump(ast.parse(source), include_attributes=True, indent=1)
    ast.unparse(ast.parse(source))

(or the exception parse raises) as printed by CPython and by Pyjama, and prints each file that
differs with the first differing lines, then the count of files that agree. Exit status 0 when
all agree. Run it with the oracle from the repository's root after building the python module
(JAVA_HOME=$(tools/find-jdk.sh) mvn -B -q -o -pl python package -DskipTests):

    /root/.pyenv/versions/3.12.1/bin/python3 tools/ast-oracle-check.py [options] [PATH ...]

PATHs are files or directories (searched for *.py); the default is every .py file of the
repository outside target/ and .git/.

    --pyjama 'CMD'      the Pyjama command line (default: java from tools/find-jdk.sh with
                        python/target/pyjama-python-*.jar)
    --candidate FILE    instead of Pyjama, run CPython with FILE loaded as its ast module: checks
                        python/src/main/python/ast.py alone, apart from the parser and interpreter
    --keep DIR          keep the two sides' outputs in DIR/oracle and DIR/pyjama
    --quiet             only the mismatching files' names and the summary

The same file also runs as the probe on each side (python3 ast-oracle-check.py --probe LIST
OUT): it writes OUT/<n>.dump and OUT/<n>.unparse for the n-th file of LIST, or OUT/<n>.error.
The probe uses only ast, sys and open(), so that Pyjama can run it.
"""

import sys


def probe(list_file, out_dir, candidate=None):
    if candidate is not None:
        import importlib.util
        spec = importlib.util.spec_from_file_location('ast', candidate)
        module = importlib.util.module_from_spec(spec)
        sys.modules['ast'] = module
        spec.loader.exec_module(module)
    import ast
    with open(list_file, encoding='utf-8') as f:
        paths = f.read().splitlines()
    for number, path in enumerate(paths):
        base = f'{out_dir}/{number}'
        try:
            with open(path, 'rb') as f:
                source = f.read()
            tree = ast.parse(source, path)
            dumped = ast.dump(tree, include_attributes=True, indent=1)
            unparsed = ast.unparse(tree)
        except Exception as e:
            with open(base + '.error', 'w', encoding='utf-8') as f:
                f.write(f'{type(e).__name__}: {e}\n')
            continue
        with open(base + '.dump', 'w', encoding='utf-8') as f:
            f.write(dumped)
        with open(base + '.unparse', 'w', encoding='utf-8') as f:
            f.write(unparsed)


def python_files(paths):
    import os
    found = []
    for path in paths:
        if os.path.isfile(path):
            found.append(os.path.abspath(path))
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d not in ('target', '.git', '__pycache__'))
            found.extend(os.path.abspath(os.path.join(root, name))
                         for name in sorted(files) if name.endswith('.py'))
    return found


def default_pyjama(repo):
    import glob
    import subprocess
    jdk = subprocess.run([f'{repo}/tools/find-jdk.sh'], capture_output=True, text=True,
                         check=True).stdout.strip()
    jars = glob.glob(f'{repo}/python/target/pyjama-python-*.jar')
    if not jars:
        sys.exit('no python/target/pyjama-python-*.jar: build the python module first')
    return [f'{jdk}/bin/java', '-cp', jars[0], 'pyjama.python.Main']


def read(path):
    try:
        with open(path, encoding='utf-8', errors='surrogateescape') as f:
            return f.read()
    except FileNotFoundError:
        return None


def outcome(directory, number):
    error = read(f'{directory}/{number}.error')
    if error is not None:
        return {'error': error}
    return {'dump': read(f'{directory}/{number}.dump'),
            'unparse': read(f'{directory}/{number}.unparse')}


def first_difference(expected, actual, context=3):
    import difflib
    lines = list(difflib.unified_diff(
        (expected or '').splitlines(), (actual or '').splitlines(),
        'cpython', 'pyjama', n=context, lineterm=''))
    return lines[:40]


def main(argv):
    import os
    import shlex
    import subprocess
    import tempfile
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    me = os.path.abspath(__file__)
    pyjama = None
    candidate = None
    keep = None
    quiet = False
    paths = []
    args = iter(argv)
    for arg in args:
        if arg == '--pyjama':
            pyjama = shlex.split(next(args))
        elif arg == '--candidate':
            candidate = os.path.abspath(next(args))
        elif arg == '--keep':
            keep = next(args)
        elif arg == '--quiet':
            quiet = True
        elif arg.startswith('-'):
            sys.exit(f'unknown option {arg} (see the docstring of {me})')
        else:
            paths.append(arg)
    files = python_files(paths or [repo])
    if not files:
        sys.exit('no .py files found')
    work = keep or tempfile.mkdtemp(prefix='ast-oracle-')
    list_file = os.path.join(work, 'files.txt')
    os.makedirs(work, exist_ok=True)
    with open(list_file, 'w', encoding='utf-8') as f:
        f.write(''.join(p + '\n' for p in files))
    sides = {'oracle': [sys.executable, me, '--probe', list_file]}
    if candidate is not None:
        sides['pyjama'] = [sys.executable, me, '--probe', list_file, '--candidate', candidate]
    else:
        sides['pyjama'] = (pyjama or default_pyjama(repo)) + [me, '--probe', list_file]
    for side, command in sides.items():
        out = os.path.join(work, side)
        os.makedirs(out, exist_ok=True)
        command = command[:]
        command.insert(command.index(list_file) + 1, out)
        done = subprocess.run(command, cwd=work)
        if done.returncode != 0:
            sys.exit(f'the {side} probe failed with status {done.returncode}: {shlex.join(command)}')
    agree = 0
    for number, path in enumerate(files):
        expected = outcome(os.path.join(work, 'oracle'), number)
        actual = outcome(os.path.join(work, 'pyjama'), number)
        if expected == actual:
            agree += 1
            continue
        shown = os.path.relpath(path, repo) if path.startswith(repo + os.sep) else path
        what = [key for key in ('error', 'dump', 'unparse') if expected.get(key) != actual.get(key)]
        print(f'MISMATCH {shown}: {", ".join(what)}')
        if not quiet:
            for key in what:
                for line in first_difference(expected.get(key), actual.get(key)):
                    print('    ' + line)
    print(f'{agree} of {len(files)} files: dump and unparse identical to CPython 3.12'
          + ('' if keep else f' (outputs in {work})' if agree != len(files) else ''))
    return 0 if agree == len(files) else 1


if __name__ == '__main__':
    if sys.argv[1:2] == ['--probe']:
        rest = sys.argv[2:]
        probe(rest[0], rest[1], rest[3] if rest[2:3] == ['--candidate'] else None)
    else:
        sys.exit(main(sys.argv[1:]))
