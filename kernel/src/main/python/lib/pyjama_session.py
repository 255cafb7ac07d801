"""The kernel namespace of a console session: what `>>>` has bound, and bare-word commands.

The kernel creates one interpreter per console session, binds `_ksession` (the Java
primitives: pyjama.kernel.python.SessionModule) and calls setup(globals()). That binds:

  vfs        the virtual file system: await vfs.open/read/write/readdir/stat/mkdir/rmdir/
             unlink/rename, vfs.close (PythonOS's async API); paths are relative to cwd
  OpenFlags  RDONLY, WRONLY, RDWR, CREAT, EXCL, TRUNC, APPEND (POSIX values)
  scheduler  the kernel's task table: ps(), current()
  log        kernel.log: debug/info/warn/error into the kernel's log ring
  hal        the _hal module: port and MMIO access, DMA memory
  kernel     the kernel package
  cwd        the session's directory, shared with the shell and the scripts it runs
  sh         sh() opens the `$ ` shell, sh('cmd args') runs one line
  run        run('/path/script.py', *args) runs a script as the shell does
  help       `help` lists commands and kernel objects; help(obj) documents obj

A line at `>>>` whose first word is not a Python name but is a command in /bin runs through
the shell (the kernel decides which lines qualify: pyjama.kernel.python.BareWords).
"""

import sys

_k = None  # the session's _ksession module
_ns = None  # the session's globals
_kernel_globals = {}  # what scripts get besides argv, cwd and env
_shell_session = None  # made on first use: importing the shell (and os) costs boot time


def _session():
    """The shell's Session for this console session, made (and the shell imported) on first use."""
    global _shell_session
    if _shell_session is None:
        import shell
        env = {'PATH': '/bin', 'HOME': '/', 'SHELL': '/bin/sh', 'TERM': 'vt100'}
        try:
            import os
            os.environ.update(env)
            env = dict(os.environ)
        except (ImportError, AttributeError):
            pass
        _shell_session = shell.Session(cwd=_ns.get('cwd', '/'), env=env, namespace=_ns,
                                       kernel_globals=_kernel_globals,
                                       spawn_background=_spawn_background)
    return _shell_session


def _spawn_background(fn, name):
    """The shell's hook for `cmd &`: the job becomes a kernel task; its pid is the job's."""
    return _k.spawn(fn, (), name)


class OpenFlags:
    """Flags for vfs.open, with POSIX values: combine them with |."""
    RDONLY = 0o0
    WRONLY = 0o1
    RDWR = 0o2
    CREAT = 0o100
    EXCL = 0o200
    TRUNC = 0o1000
    APPEND = 0o2000
    DIRECTORY = 0o200000

    def __init__(self):
        raise TypeError('OpenFlags is a namespace of constants; combine them with |')


class VfsStat:
    """What vfs.stat returns: the os.stat_result fields, and is_dir()/is_file()."""
    __slots__ = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns')

    def __init__(self, fields):
        for name, value in zip(self.__slots__, fields):
            setattr(self, name, value)

    @property
    def st_mtime(self):
        return self.st_mtime_ns / 1e9

    def is_dir(self):
        return self.st_mode & 0o170000 == 0o040000

    def is_file(self):
        return self.st_mode & 0o170000 == 0o100000

    def __repr__(self):
        kind = 'dir' if self.is_dir() else 'file' if self.is_file() else 'special'
        return '<VfsStat %s mode=%s size=%d>' % (kind, oct(self.st_mode & 0o7777), self.st_size)


class Vfs:
    """The kernel's virtual file system, with PythonOS's asynchronous API.

    fd = await vfs.open(path, OpenFlags.WRONLY | OpenFlags.CREAT | OpenFlags.TRUNC)
    await vfs.write(fd, b'data'); data = await vfs.read(fd, n); vfs.close(fd)
    await vfs.readdir(path), vfs.stat, vfs.mkdir, vfs.rmdir, vfs.unlink, vfs.rename.
    Relative paths are taken from the session's cwd. Errors are the OSError subclasses CPython
    raises (FileNotFoundError, IsADirectoryError, ...). open(), os and os.path work on the
    same files synchronously.
    """

    def __init__(self, namespace):
        self._ns = namespace

    def _path(self, path):
        path = str(path)
        if path.startswith('/'):
            return path
        base = self._ns.get('cwd', '/')
        return (base.rstrip('/') or '') + '/' + path if path else base

    async def open(self, path, flags=OpenFlags.RDONLY, mode=0o666):
        return _k.vfs_open(self._path(path), flags, mode)

    async def read(self, fd, n=-1):
        return _k.vfs_read(fd, n)

    async def write(self, fd, data):
        return _k.vfs_write(fd, bytes(data))

    async def seek(self, fd, offset, whence=0):
        return _k.vfs_lseek(fd, offset, whence)

    def close(self, fd):
        _k.vfs_close(fd)

    async def readdir(self, path='.'):
        return _k.vfs_readdir(self._path(path))

    async def stat(self, path):
        return VfsStat(_k.vfs_stat(self._path(path)))

    async def fstat(self, fd):
        return VfsStat(_k.vfs_fstat(fd))

    async def mkdir(self, path, mode=0o777):
        _k.vfs_mkdir(self._path(path), mode)

    async def rmdir(self, path):
        _k.vfs_rmdir(self._path(path))

    async def unlink(self, path):
        _k.vfs_unlink(self._path(path))

    async def rename(self, old, new):
        _k.vfs_rename(self._path(old), self._path(new))

    def mounts(self):
        """The mount table, as /proc/mounts shows it."""
        return _k.vfs_mounts()

    def __repr__(self):
        mounts = [line.split() for line in _k.vfs_mounts().splitlines() if line.strip()]
        where = ', '.join(m[2] + ' on ' + m[1] for m in mounts if len(m) >= 3)
        return '<vfs: %s; %d open descriptors>' % (where, _k.vfs_open_count())


class Task:
    """One row of the kernel's task table."""
    __slots__ = ('pid', 'name', 'state', 'cpu_time', 'started')

    def __init__(self, pid, name, state, cpu_ns, started_ns):
        self.pid, self.name, self.state = pid, name, state
        self.cpu_time = cpu_ns / 1e9
        self.started = started_ns / 1e9

    def __repr__(self):
        return '<Task %d %s %s cpu=%.2fs>' % (self.pid, self.name, self.state, self.cpu_time)


class Scheduler:
    """The kernel's tasks. ps() lists them; current() is the pid running this code.

    spawn(fn, *args, name=None) starts fn(*args) as a preemptive task (a green thread of this
    session: time-sliced at bytecode boundaries, so a loop that never yields cannot freeze the
    console) and returns its pid; a coroutine object is run to completion with asyncio.run.
    kill(pid) raises SystemExit(143) in the task (its finally blocks run); kill(pid, 9) drops it
    at once. The kernel's own tasks (the event loop, the console sessions) cannot be killed.
    """

    def ps(self):
        return [Task(*row) for row in _k.tasks()]

    def current(self):
        return _k.current_task()

    def spawn(self, fn, *args, name=None):
        if hasattr(fn, 'send') and hasattr(fn, 'throw') and not callable(fn):
            coro = fn
            if name is None:
                name = getattr(coro, '__qualname__', 'coroutine')

            def fn():
                import asyncio
                return asyncio.run(coro)
        elif not callable(fn):
            raise TypeError('spawn() needs a callable or a coroutine, not %s' % type(fn).__name__)
        if name is None:
            name = getattr(fn, '__name__', None) or type(fn).__name__
        return _k.spawn(fn, args, str(name))

    def kill(self, pid, sig=15):
        if _k.kill(pid, sig == 9):
            return True
        for task in self.ps():
            if task.pid == pid:
                raise PermissionError('scheduler.kill: task %d (%s) is a kernel task' % (pid, task.name))
        raise ProcessLookupError('no task %d' % pid)

    def __repr__(self):
        tasks = self.ps()
        return '<scheduler: %d tasks: %s>' % (len(tasks), ', '.join(
            '%d %s (%s)' % (t.pid, t.name, t.state) for t in tasks))


class Shell:
    """sh() opens the `$ ` shell (exit or Ctrl-D comes back); sh('cmd args') runs one line.

    Both share cwd with this session. The exit status of the last command is sh.status
    (the REPL does not echo it).
    """

    def __init__(self):
        self.status = 0

    def __call__(self, line=None):
        import shell
        session = _session()
        if line is None:
            self.status = shell.interactive(session, _readline)
        else:
            self.status = shell.run_line(str(line), session)
        _sync_cwd(session)
        return None

    def dispatch(self, line):
        """A `>>>` line that starts with a bare word: run it if /bin has that command."""
        word = line.split(None, 1)[0]
        if _shell_session is None:
            # Before the shell is imported, PATH is the default: a cheap look in /bin spares a
            # plain NameError the cost of importing the shell.
            try:
                _k.vfs_stat('/bin/' + word + '.py')
            except OSError:
                return False
        import shell
        session = _session()
        io_ = shell.Streams(session.stdin, session.stdout, session.stderr)
        if not shell.lookup_script(session, word, io_, quiet=True):
            return False
        self(line)
        return True

    def __repr__(self):
        return "<sh: sh() opens a $ shell, sh('cmd args') runs one line; last status %d>" % self.status


def _readline(prompt):
    try:
        return input(prompt)
    except EOFError:
        return None


def _sync_cwd(session):
    """Keeps os.getcwd() (relative open(), os.listdir()) in step with the session's cwd."""
    try:
        import os
        if os.getcwd() != session.cwd:
            os.chdir(session.cwd)
    except (ImportError, AttributeError, OSError):
        pass


class Runner:
    """run('/path/script.py', *args): runs a script as the shell does; returns its status."""

    def __call__(self, path, *args):
        import shell
        session = _session()
        path = shell.normpath(session.cwd, str(path))
        status, new_cwd = session.run_script(path, [str(a) for a in args], session.stdin,
                                             session.stdout, session.stderr,
                                             cwd=session.cwd, env=dict(session.env))
        if isinstance(new_cwd, str) and new_cwd != session.cwd:
            session.cwd = shell.normpath('/', new_cwd)
            _sync_cwd(session)
        return status if status else None

    def __repr__(self):
        return "<run: run('/path/script.py', *args) runs a script with argv and cwd>"


class Help:
    """`help` lists the commands and kernel objects; help(obj) shows obj's documentation."""

    def __init__(self, namespace):
        self._ns = namespace

    def _commands(self):
        try:
            return sorted(n[:-3] for n in _k.vfs_readdir('/bin') if n.endswith('.py'))
        except OSError:
            return []

    def __repr__(self):
        names = self._commands()
        lines = ['Pyjama kernel shell. Python runs here; so do the commands in /bin.',
                 'Commands: ' + ' '.join(names),
                 'Kernel objects: vfs OpenFlags scheduler log hal kernel cwd',
                 "Helpers: sh()  sh('cmd args')  run('/path', *args)  help(obj)",
                 "A bare word runs /bin/<word>.py with the rest of the line as argv ('ls -l /tmp').",
                 'Ctrl-C interrupts running code; Ctrl-D or exit() ends the session.']
        return '\n'.join(lines)

    def __call__(self, *args, **kwargs):
        if not args and not kwargs:
            print(repr(self))
            return None
        import builtins
        return builtins.help(*args, **kwargs)


def setup(ns):
    """Binds the kernel namespace into ns, the session's globals."""
    global _k, _ns
    _k = ns['_ksession']
    del ns['_ksession']
    _ns = ns
    ns['vfs'] = Vfs(ns)
    ns['OpenFlags'] = OpenFlags
    ns['scheduler'] = Scheduler()
    _kernel_globals.update({'vfs': ns['vfs'], 'OpenFlags': OpenFlags, 'scheduler': ns['scheduler']})
    try:
        import kernel
        import kernel.log
        ns['kernel'] = kernel
        ns['log'] = kernel.log
        _kernel_globals['kernel'] = kernel
        _kernel_globals['log'] = kernel.log
    except ImportError:
        pass
    try:
        import _hal
        ns['hal'] = _hal
        _kernel_globals['hal'] = _hal
    except ImportError:
        pass
    ns['sh'] = Shell()
    ns['run'] = Runner()
    ns['help'] = Help(ns)
    _kernel_globals.update({'sh': ns['sh'], 'run': ns['run']})
    ns['cwd'] = '/'


def kernel_command(name, args):
    """Runs one of the kernel's Java console commands (mem, alloc, crash): output goes
    straight to the console. A Java exception it throws is printed with its stack trace."""
    _k.command(name, [str(a) for a in args])


def python_command(args):
    """`python [-c CODE | FILE [ARG...]]` in an interpreter of its own; returns its status."""
    return _k.python([str(a) for a in args])
