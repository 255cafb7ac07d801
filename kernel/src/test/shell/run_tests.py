"""Transcript tests for the Pyjama shell and the /bin commands, under CPython.

    python3 kernel/src/test/shell/run_tests.py [-v] [FILTER]...

Each case runs in a fresh copy of a fake root tree (a temporary directory that the commands
see as '/' through PYJAMA_ROOT), with a fake scheduler in the kernel namespace. Case files
(cases/*.txt) hold:

    === name                 starts a case
    cwd: /data               the session's directory (default /)
    stdin: text\\n            the session's standard input (Python escapes)
    kernel: fake             put a fake `kernel` object in the kernel namespace
    spawn: fake              give the session a spawn_background hook (task id 42)
    interactive: yes         feed the $ lines to interactive() instead of run_line()
    % command                run first; its output is not checked
    $ command                run; output and status checked
    text                     an expected stdout line
    "text"                   expected stdout text as a Python literal (no newline added)
    ~ regex                  an expected stdout line matching the regex
    ! text                   an expected stderr line
    !~ regex                 an expected stderr line matching the regex
    ? N                      expected status of the last $ command (default 0)

cases/gnu.txt lists command lines that must give the same stdout, stderr and status as
the real GNU tools (bash, LC_ALL=C) on the same tree, run from /data.
"""

import ast
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON_SRC = os.path.normpath(os.path.join(HERE, '..', '..', 'main', 'python'))
BIN = os.path.join(PYTHON_SRC, 'bin')
LIB = os.path.join(PYTHON_SRC, 'lib')
sys.path.insert(0, LIB)

import shell  # noqa: E402

TREE = {
    'home/user/notes.txt': 'remember the milk\n',
    'data/fruits.txt': 'banana\napple\ncherry\napple\nbanana\nbanana\ndate\n',
    'data/numbers.txt': '10\n9\n-3\n2.5\n100\nx\n9\n0\n',
    'data/words.txt': 'the quick brown fox\njumps over\nthe lazy dog\n\nThe End\n',
    'data/dup.txt': 'a\na\nb\nc\nc\nc\nA\na\n',
    'data/empty.txt': '',
    'data/noeol.txt': 'one\ntwo',
    'data/lines.txt': ''.join('line %d\n' % i for i in range(1, 16)),
    'data/.hidden': 'secret\n',
    'data/sub/a.txt': 'alpha\nbeta\n',
    'data/sub/b.py': 'print("b")\n',
    'data/sub/deep/c.txt': 'gamma alpha\n',
    'data/big.bin': 'x' * 3000,
    'scripts/hello.py': '"""Say hello."""\nprint("hello from", __file__)\n',
    'scripts/args.py': 'import sys\nprint(argv)\nprint(sys.argv)\nprint(cwd)\n',
    'scripts/exit3.py': 'import sys\nprint("before")\nsys.exit(3)\nprint("after")\n',
    'scripts/exitmsg.py': 'import sys\nsys.exit("fatal: bad things")\n',
    'scripts/boom.py': 'def f():\n    raise ValueError("boom")\nf()\n',
    'scripts/syntax.py': 'x = (\n',
    'scripts/chdir.py': 'cwd = "/data/sub"\n',
    'scripts/waits.py': 'import asyncio\nawait asyncio.sleep(0)\nprint("awaited")\n',
    'scripts/upper.py': 'import sys\nfor line in sys.stdin:\n    sys.stdout.write(line.upper())\n',
    'scripts/both.py': 'import sys\nprint("out")\nprint("err", file=sys.stderr)\n',
    'scripts/showenv.py': 'print(env.get("GREETING", "-"), env.get("OTHER", "-"))\n',
    'scripts/kernelns.py': 'print(type(scheduler).__name__)\n',
    'scripts/name.py': 'print(__name__)\n',
    'scripts/notpy': 'print("ran notpy")\n',
    'tmp/.keep': '',
    'dev/null': '',
    'proc/meminfo': 'MemTotal:         524288 kB\nMemFree:          393216 kB\n'
                    'HeapMax:          262144 kB\nHeapCommitted:     65536 kB\n'
                    'HeapUsed:          16384 kB\n',
    'proc/uptime': '3725.50 0.00\n',
    'proc/log': '[    0.061897] [pyjama] INFO  mem: 511.4 MiB usable RAM\n'
                '[    0.075402] [pyjama] INFO  boot: prompt reached\n',
    'proc/mounts': 'tmpfs / tmpfs rw 0 0\nproc /proc proc ro 0 0\n',
    'proc/tasks': 'ID STATE    NAME\n 1 running  console\n',
    'proc/version': 'Pyjama 0.1.0 (x86_64, QEMU)\n',
}


class Task:
    def __init__(self, pid, name, state, cpu_time):
        self.pid, self.name, self.state, self.cpu_time = pid, name, state, cpu_time


class FakeScheduler:
    def __init__(self):
        self.tasks = [Task(1, 'console', 'running', 1.5), Task(2, 'idle', 'ready', 0.0),
                      Task(7, 'worker', 'sleeping', 62.25)]

    def ps(self):
        return list(self.tasks)

    def kill(self, pid):
        for task in self.tasks:
            if task.pid == pid:
                self.tasks.remove(task)
                return True
        return False


class FakeKernel:
    def reboot(self):
        print('fake kernel: reboot')

    def poweroff(self):
        print('fake kernel: poweroff')


def build_template(base):
    for path, text in TREE.items():
        full = os.path.join(base, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w') as f:
            f.write(text)
    os.remove(os.path.join(base, 'tmp/.keep'))
    os.chmod(os.path.join(base, 'tmp'), 0o1777)   # as Pyjama's /tmp (sticky)
    shutil.copytree(BIN, os.path.join(base, 'bin'),
                    ignore=shutil.ignore_patterns('__pycache__'))


# ---------------------------------------------------------------------------- cases

class Case:
    def __init__(self, name, source):
        self.name = name
        self.source = source
        self.cwd = '/'
        self.stdin = ''
        self.kernel = False
        self.spawn = False
        self.interactive = False
        self.steps = []          # (checked, line)
        self.out = []            # ('text', s) | ('re', pattern)
        self.err = []
        self.status = 0


def parse_cases(path):
    cases = []
    case = None
    with open(path) as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if line.startswith('=== '):
                case = Case(line[4:].strip(), os.path.basename(path) + ':' + str(number))
                cases.append(case)
                continue
            if case is None:
                continue
            if not case.steps and ':' in line and line.split(':')[0] in \
                    ('cwd', 'stdin', 'kernel', 'spawn', 'interactive'):
                key, value = line.split(':', 1)
                value = value.strip()
                if key == 'cwd':
                    case.cwd = value
                elif key == 'stdin':
                    case.stdin = ast.literal_eval('"' + value + '"')
                elif key == 'kernel':
                    case.kernel = True
                elif key == 'spawn':
                    case.spawn = True
                else:
                    case.interactive = True
                continue
            if line.startswith('$ ') or line == '$':
                case.steps.append((True, line[2:]))
            elif line.startswith('% '):
                case.steps.append((False, line[2:]))
            elif line.startswith('? '):
                case.status = int(line[2:])
            elif line.startswith('!~ '):
                case.err.append(('re', line[3:]))
            elif line.startswith('! ') or line == '!':
                case.err.append(('text', line[2:] + '\n'))
            elif line.startswith('~ ') or line == '~':
                case.out.append(('re', line[2:]))
            elif line.startswith('"'):
                case.out.append(('text', ast.literal_eval(line)))
            elif line.startswith('#') and not case.steps:
                continue
            else:
                case.out.append(('text', line + '\n'))
    return cases


def matches(expected, actual):
    """Compares an output with its expectation; returns None or a description."""
    if all(kind == 'text' for kind, _ in expected):
        want = ''.join(text for _, text in expected)
        return None if want == actual else 'expected %r, got %r' % (want, actual)
    wanted = []
    for kind, text in expected:
        if kind == 're':
            wanted.append(('re', text))
        else:
            wanted.extend(('text', piece) for piece in text.splitlines(True))
    got = actual.splitlines(True)
    if len(got) != len(wanted):
        return 'expected %d lines, got %r' % (len(wanted), actual)
    for (kind, text), line in zip(wanted, got):
        if kind == 're':
            if not re.fullmatch(text, line.rstrip('\n')):
                return 'line %r does not match /%s/ in %r' % (line, text, actual)
        elif text != line:
            return 'expected line %r, got %r in %r' % (text, line, actual)
    return None


def new_session(case, out, err):
    kernel_globals = {'scheduler': FakeScheduler()}
    if case.kernel:
        kernel_globals['kernel'] = FakeKernel()
    session = shell.Session(cwd=case.cwd, env={'HOME': '/home/user', 'USER': 'user'},
                            stdin=io.StringIO(case.stdin), stdout=out, stderr=err,
                            kernel_globals=kernel_globals)
    if case.spawn:
        def spawn(fn, name):
            spawn.started.append(name)
            fn()
            return 42
        spawn.started = []
        session.spawn_background = spawn
    return session


def fresh_root(template, scratch):
    """A new copy of the fake root; /bin is hard-linked (no case writes to it)."""
    root = os.path.join(scratch, 'root')
    if os.path.exists(root):
        shutil.rmtree(root)
    shutil.copytree(template, root, symlinks=True, ignore=lambda d, names:
                    ['bin'] if os.path.normpath(d) == os.path.normpath(template) else [])
    shutil.copytree(os.path.join(template, 'bin'), os.path.join(root, 'bin'),
                    copy_function=os.link)
    return root


def run_case(case, template, scratch):
    root = fresh_root(template, scratch)
    os.environ['PYJAMA_ROOT'] = root
    quiet = io.StringIO()
    out, err = io.StringIO(), io.StringIO()
    session = new_session(case, quiet, quiet)
    status = 0
    for checked, line in case.steps:
        if not checked:
            shell.run_line(line, session)
    session._stdout, session._stderr = out, err
    session._stdin = io.StringIO(case.stdin)
    checked_lines = [line for checked, line in case.steps if checked]
    if case.interactive:
        feed = list(checked_lines)

        def readline(prompt):
            out.write(prompt)
            if not feed:
                raise EOFError
            return feed.pop(0)
        status = shell.interactive(session, readline)
    else:
        for line in checked_lines:
            status = shell.run_line(line, session)
    problems = []
    for what, expected, actual in (('stdout', case.out, out.getvalue()),
                                   ('stderr', case.err, err.getvalue())):
        problem = matches(expected, actual)
        if problem:
            problems.append(what + ': ' + problem)
    if status != case.status:
        problems.append('status: expected %d, got %d' % (case.status, status))
    return problems


# ---------------------------------------------------------------------------- GNU

def run_gnu_case(line, template, scratch):
    problems = []
    results = []
    for who in ('pyjama', 'gnu'):
        root = fresh_root(template, scratch)
        if who == 'pyjama':
            os.environ['PYJAMA_ROOT'] = root
            out, err = io.StringIO(), io.StringIO()
            case = Case(line, '')
            case.cwd = '/data'
            session = new_session(case, out, err)
            status = shell.run_line(line, session)
            results.append((out.getvalue(), err.getvalue(), status))
        else:
            env = {'PATH': '/usr/bin:/bin', 'LC_ALL': 'C', 'HOME': root + '/home/user'}
            p = subprocess.run(['bash', '-c', line], cwd=os.path.join(root, 'data'),
                               capture_output=True, text=True, env=env)
            results.append((p.stdout, p.stderr, p.returncode))
    (o1, e1, s1), (o2, e2, s2) = results
    if o1 != o2:
        problems.append('stdout: ours %r, GNU %r' % (o1, o2))
    if e1 != e2:
        problems.append('stderr: ours %r, GNU %r' % (e1, e2))
    if s1 != s2:
        problems.append('status: ours %d, GNU %d' % (s1, s2))
    return problems


def api_checks(template, scratch):
    """Checks of the Python API that transcripts cannot express: (name, problems) pairs."""
    root = fresh_root(template, scratch)
    os.environ['PYJAMA_ROOT'] = root
    results = []

    namespace = {'cwd': '/data'}
    out = io.StringIO()
    session = shell.Session(namespace=namespace, stdout=out, stderr=out)
    status = shell.run_line('cd sub; pwd', session)
    results.append(('namespace cwd is shared with the REPL',
                    [] if (status, namespace['cwd'], out.getvalue()) == (0, '/data/sub', '/data/sub\n')
                    else ['got %r' % ((status, namespace['cwd'], out.getvalue()),)]))

    namespace['cwd'] = '/home'
    out.truncate(0), out.seek(0)
    shell.run_line('/bin/pwd.py; /bin/cd.py user', session)
    results.append(('REPL cwd change is seen by the shell and cd.py writes it back',
                    [] if (out.getvalue(), namespace['cwd']) == ('/home\n', '/home/user')
                    else ['got %r' % ((out.getvalue(), namespace['cwd']),)]))

    out = io.StringIO()
    session = shell.Session(stdout=out, stderr=out)
    status = shell.sh('echo via sh', session=session)
    results.append(("sh('line') runs one line", [] if (status, out.getvalue()) == (0, 'via sh\n')
                    else ['got %r' % ((status, out.getvalue()),)]))

    lines = iter(['echo one', 'exit 5'])
    out = io.StringIO()
    session = shell.Session(stdout=out, stderr=out)
    status = shell.sh(session=session, readline=lambda prompt: next(lines))
    results.append(('sh() reads lines until exit', [] if (status, out.getvalue()) == (5, 'one\n')
                    else ['got %r' % ((status, out.getvalue()),)]))

    calls = []

    def runner(path, argv, stdin, stdout, stderr, cwd=None, env=None):
        calls.append((path, argv, cwd, env.get('X')))
        stdout.write('fake\n')
        return 4, '/tmp'
    out = io.StringIO()
    session = shell.Session(cwd='/data', run_script=runner, stdout=out, stderr=out)
    status = shell.run_line('X=1 ls -l | cat', session)
    first = (calls[0], status, session.cwd)
    shell.run_line('ls', session)
    results.append(('a kernel-supplied run_script gets path, argv, cwd, env; its cwd counts '
                    'outside pipelines only',
                    [] if (first, session.cwd) == ((('/bin/ls.py', ['-l'], '/data', '1'), 4, '/data'),
                                                   '/tmp')
                    else ['got %r' % ((calls, first, session.cwd),)]))
    return results


def main(args):
    verbose = '-v' in args
    filters = [a for a in args if a != '-v']
    scratch = tempfile.mkdtemp(prefix='pyjama-shell-tests-')
    template = os.path.join(scratch, 'template')
    build_template(template)
    saved_root = os.environ.get('PYJAMA_ROOT')
    passed = failed = 0
    try:
        cases_dir = os.path.join(HERE, 'cases')
        for file_name in sorted(os.listdir(cases_dir)):
            path = os.path.join(cases_dir, file_name)
            if file_name == 'gnu.txt':
                with open(path) as f:
                    entries = [(l.rstrip('\n'), 'gnu.txt:' + str(n)) for n, l in enumerate(f, 1)
                               if l.strip() and not l.startswith('#')]
                runner = lambda entry: run_gnu_case(entry, template, scratch)
                items = [(line, where, line) for line, where in entries]
            elif file_name.endswith('.txt'):
                items = [(c.name, c.source, c) for c in parse_cases(path)]
                runner = lambda c: run_case(c, template, scratch)
            else:
                continue
            for name, where, item in items:
                if filters and not any(f in name or f in where for f in filters):
                    continue
                try:
                    problems = runner(item)
                except Exception as e:           # a harness or shell crash is a failure
                    import traceback
                    problems = ['crashed: ' + ''.join(traceback.format_exception(e))]
                if problems:
                    failed += 1
                    print('FAIL %s (%s)' % (name, where))
                    for p in problems:
                        print('    ' + p)
                else:
                    passed += 1
                    if verbose:
                        print('ok   %s (%s)' % (name, where))
        if not filters or 'api' in filters:
            for name, problems in api_checks(template, scratch):
                if problems:
                    failed += 1
                    print('FAIL %s (api)' % name)
                    for p in problems:
                        print('    ' + p)
                else:
                    passed += 1
                    if verbose:
                        print('ok   %s (api)' % name)
    finally:
        if saved_root is None:
            os.environ.pop('PYJAMA_ROOT', None)
        else:
            os.environ['PYJAMA_ROOT'] = saved_root
        shutil.rmtree(scratch, ignore_errors=True)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
