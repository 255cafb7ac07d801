"""Runs the /examples programs under CPython 3.12 and checks their output.

    /root/.pyenv/versions/3.12.1/bin/python3 kernel/src/test/examples/run_examples.py [--regen]

Each program runs the way the Pyjama shell runs a script (shell.run_script_file: top-level
await, globals argv and cwd, the kernel namespace merged in), with stand-ins for what only
the kernel has: a `kernel` module whose figures are those of the unit tests' FakeHal, and
for vfs_demo.py a `vfs` object with the kernel's async API over the host's files, plus
`OpenFlags`. The expected stdout/stderr/status are in expected/NAME.out; `--regen` rewrites
them. The JUnit KernelExamplesTest runs the same programs on Pyjama's interpreter and
compares with the same files (where it can: see that test), so CPython is the oracle.

rtc.py is not run here: it needs ports and interrupts, which KernelExamplesTest fakes at the
HAL (FakeHal with a CMOS model) under the real _hal and kernel.interrupts modules.
"""

import io
import os
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON_SRC = os.path.normpath(os.path.join(HERE, '..', '..', 'main', 'python'))
EXPECTED = os.path.join(HERE, 'expected')
sys.path.insert(0, os.path.join(PYTHON_SRC, 'lib'))

import shell  # noqa: E402

# (name, program, argv, kernel namespace wanted)
CASES = [
    ('primes_30', '/examples/primes.py', ['30'], False),
    ('primes_bad', '/examples/primes.py', ['x'], False),
    ('primes_0', '/examples/primes.py', ['0'], False),
    ('hello_kernel', '/examples/hello_kernel.py', ['one', 'two'], False),
    ('async_tasks', '/examples/async_tasks.py', [], False),
    ('vfs_demo', '/examples/vfs_demo.py', [], True),
]


# ---- the kernel module as FakeHal's machine shows it -------------------------------------

class MemoryStats:
    FIELDS = ('phys_total', 'phys_free', 'heap_max', 'heap_committed', 'heap_used')

    def __init__(self, *values):
        for name, value in zip(self.FIELDS, values):
            setattr(self, name, value)

    def __repr__(self):
        return 'kernel.memory.MemoryStats(' + ', '.join(
            f'{name}={getattr(self, name)}' for name in self.FIELDS) + ')'


def fake_kernel(log_lines):
    kernel = types.ModuleType('kernel')
    kernel.__path__ = []
    kernel.version = '0.1.0'
    kernel.machine = 'unit-test machine'
    kernel.arch = 'fake'
    kernel.uptime = lambda: 0.001
    memory = types.ModuleType('kernel.memory')
    memory.stats = lambda: MemoryStats(512 << 20, 480 << 20, 128 << 20, 16 << 20, 3 << 20)
    log = types.ModuleType('kernel.log')
    log.info = lambda msg, name='py': log_lines.append(f'INFO  {name}: {msg}')
    kernel.memory, kernel.log = memory, log
    return {'kernel': kernel, 'kernel.memory': memory, 'kernel.log': log}


# ---- the kernel's async vfs API over the host's files -------------------------------------

class OpenFlags:
    RDONLY, WRONLY, RDWR = os.O_RDONLY, os.O_WRONLY, os.O_RDWR
    CREAT, EXCL, TRUNC, APPEND = os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND


class FakeVfs:
    """The shape of the kernel's vfs object: coroutines for what may wait, close() plain."""

    async def open(self, path, flags, mode=0o666):
        return os.open(path, flags, mode)

    async def read(self, fd, n):
        return os.read(fd, n)

    async def write(self, fd, data):
        return os.write(fd, data)

    def close(self, fd):
        os.close(fd)

    async def readdir(self, path):
        return os.listdir(path)

    async def stat(self, path):
        return os.stat(path)

    async def mkdir(self, path, mode=0o777):
        os.mkdir(path, mode)

    async def unlink(self, path):
        os.unlink(path)

    async def rename(self, old, new):
        os.rename(old, new)


# ---- running ------------------------------------------------------------------------------

def run(program, argv, with_namespace):
    log_lines = []
    saved_modules = {name: sys.modules.get(name) for name in ('kernel', 'kernel.memory', 'kernel.log')}
    sys.modules.update(fake_kernel(log_lines))
    namespace = {'vfs': FakeVfs(), 'OpenFlags': OpenFlags} if with_namespace else {}
    out, err = io.StringIO(), io.StringIO()
    # run_script_file reads the program through cmdargs.resolve, which honours PYJAMA_ROOT:
    # the source tree stands in for the image's /, so /examples/x.py is the source itself.
    os.environ['PYJAMA_ROOT'] = PYTHON_SRC
    try:
        status, _ = shell.run_script_file(program, argv, io.StringIO(''), out, err,
                                          cwd='/', env={}, extra_globals=namespace)
    finally:
        del os.environ['PYJAMA_ROOT']
        for name, module in saved_modules.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    return report(out.getvalue(), err.getvalue(), status, log_lines)


def report(out, err, status, log_lines):
    """The text kept in expected/NAME.out."""
    text = out
    if err:
        text += '--- stderr\n' + err
    if log_lines:
        text += '--- log\n' + ''.join(line + '\n' for line in log_lines)
    return text + f'--- status {status}\n'


def main(args):
    regen = '--regen' in args
    if os.path.exists('/tmp/vfs_demo'):
        sys.exit('run_examples: /tmp/vfs_demo exists; vfs_demo.py would work in it: remove it first')
    failed = 0
    for name, program, argv, with_namespace in CASES:
        got = run(program, argv, with_namespace)
        path = os.path.join(EXPECTED, name + '.out')
        if regen:
            os.makedirs(EXPECTED, exist_ok=True)
            with open(path, 'w') as f:
                f.write(got)
            print('wrote', os.path.relpath(path))
            continue
        with open(path) as f:
            want = f.read()
        if got != want:
            failed += 1
            print(f'FAIL {name}\n--- expected\n{want}--- got\n{got}')
    if not regen:
        print(f'{len(CASES) - failed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
