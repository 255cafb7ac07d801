"""Threads and synchronisation primitives for Pyjama (CPython 3.12's threading API).

Everything here sits on the VM's _thread module (docs/python.md, "Threads"): Python threads
are green threads preempted between bytecodes, and a blocking lock acquire suspends only the
calling thread. From _thread we need start_new_thread, allocate_lock, get_ident, error,
TIMEOUT_MAX and stack_size; RLock, get_native_id, daemon_threads_allowed, _local, _excepthook
and _ExceptHookArgs are used when present, and written here in Python when not (the VM has no
_local or excepthook of its own).

Because a thread may lose the CPU between any two bytecodes, shared state is only changed
under a lock, or by the one thread that owns it.

A thread's end is signalled by its *exit lock*: start() makes it and holds it, the thread
releases it as the very last thing it does, and join() acquires and releases it again.
"""

import sys as _sys
import _thread
from time import monotonic as _now

__all__ = ['active_count', 'Barrier', 'BoundedSemaphore', 'BrokenBarrierError', 'Condition',
           'current_thread', 'enumerate', 'Event', 'excepthook', 'ExceptHookArgs', 'get_ident',
           'getprofile', 'gettrace', 'local', 'Lock', 'main_thread', 'RLock', 'Semaphore',
           'setprofile', 'setprofile_all_threads', 'settrace', 'settrace_all_threads',
           'stack_size', 'Thread', 'ThreadError', 'TIMEOUT_MAX', 'Timer']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _allocate_lock
_CRLock = getattr(_thread, 'RLock', None)

_native_id_of = getattr(_thread, 'get_native_id', None)
if _native_id_of is not None:
    get_native_id = _native_id_of
    __all__.append('get_native_id')
_daemons_ok = getattr(_thread, 'daemon_threads_allowed', lambda: True)


def _deprecated(old, new):
    import warnings
    warnings.warn(f'{old} is deprecated, {new} instead', DeprecationWarning, stacklevel=3)


# ------------------------------------------------------------- hooks for new threads

# What threads started from now on pass to sys.settrace / sys.setprofile before run().
_new_thread_hooks = {'trace': None, 'profile': None}


def settrace(func):
    """Set a trace function for all threads started from the threading module.

    The func will be passed to sys.settrace() for each thread, before its run() method is
    called."""
    _new_thread_hooks['trace'] = func


def setprofile(func):
    """Set a profile function for all threads started from the threading module.

    The func will be passed to sys.setprofile() for each thread, before its run() method is
    called."""
    _new_thread_hooks['profile'] = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _new_thread_hooks['trace']


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _new_thread_hooks['profile']


def settrace_all_threads(func):
    """Set a trace function for all threads started from the threading module and all Python
    threads that are currently executing."""
    settrace(func)
    # The VM has no way to reach the other running threads: only this one gets it.
    getattr(_sys, '_settraceallthreads', _sys.settrace)(func)


def setprofile_all_threads(func):
    """Set a profile function for all threads started from the threading module and all
    Python threads that are currently executing."""
    setprofile(func)
    getattr(_sys, '_setprofileallthreads', _sys.setprofile)(func)


# ------------------------------------------------------------- reentrant locks

def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock.

    A reentrant lock must be released by the thread that acquired it. Once a thread has
    acquired a reentrant lock, the same thread may acquire it again without blocking; the
    thread must release it once for each time it has acquired it."""
    make = _PyRLock if _CRLock is None else _CRLock
    return make(*args, **kwargs)


class _RLock:
    """Reentrant lock written in Python, for a _thread without one: a plain lock that only its
    owner touches the bookkeeping of (owner ident, depth)."""

    def __init__(self):
        self._inner = _allocate_lock()
        self._owner = None
        self._depth = 0

    def __repr__(self):
        holder = self._owner
        if holder in _active:
            holder = _active[holder].name
        kind = type(self)
        return '<%s %s.%s object owner=%r count=%d at %s>' % (
            'locked' if self._inner.locked() else 'unlocked',
            kind.__module__, kind.__qualname__, holder, self._depth, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock, blocking or non-blocking, with an optional timeout."""
        me = get_ident()
        if self._owner == me:
            self._depth += 1
            return True
        if not self._inner.acquire(blocking, timeout):
            return False
        self._owner, self._depth = me, 1
        return True

    __enter__ = acquire

    def release(self):
        """Release the lock once; another thread may take it when the depth reaches 0."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
            self._inner.release()

    def __exit__(self, exc_type, exc, tb):
        self.release()

    def locked(self):
        """Return whether this object is locked."""
        return self._inner.locked()

    # Condition.wait gives an RLock up completely and later restores its depth.
    def _release_save(self):
        if not self._depth:
            raise RuntimeError("cannot release un-acquired lock")
        saved = (self._depth, self._owner)
        self._owner, self._depth = None, 0
        self._inner.release()
        return saved

    def _acquire_restore(self, saved):
        self._inner.acquire()
        self._depth, self._owner = saved

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._depth if self._owner == get_ident() else 0


_PyRLock = _RLock


# ------------------------------------------------------------- Condition

class Condition:
    """Class that implements a condition variable.

    A condition variable allows one or more threads to wait until they are notified by another
    thread. If the lock argument is given and not None, it must be a Lock or RLock object, and
    it is used as the underlying lock. Otherwise, a new RLock object is created and used."""

    def __init__(self, lock=None):
        self._lock = lock = RLock() if lock is None else lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Each waiter sleeps on a private lock that it holds; notify() releases it.
        self._waiters = []
        # An RLock knows its owner and how to let go of every level: use that if it can.
        for hook in ('_is_owned', '_release_save', '_acquire_restore'):
            if hasattr(lock, hook):
                setattr(self, hook, getattr(lock, hook))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    # Fallbacks for a plain lock, which cannot say who holds it: held at all counts as ours.
    def _is_owned(self):
        if not self._lock.acquire(False):
            return True
        self._lock.release()
        return False

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs.

        The lock must be held; it is released while waiting and taken again before returning.
        Returns True unless a given timeout expired."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken and gate in self._waiters:
                self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True.

        predicate should be a callable which result will be interpreted as a boolean value. A
        timeout may be provided giving the maximum time to wait."""
        deadline = None if timeout is None else _now() + timeout
        outcome = predicate()
        while not outcome:
            left = None
            if deadline is not None:
                left = deadline - _now()
                if left <= 0:
                    break
            self.wait(left)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any.

        The lock must be held. At most n of the waiting threads are woken."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        # Every gate is released once only: it leaves the list as it is opened.
        for _ in range(min(n, len(self._waiters))):
            self._waiters.pop(0).release()

    def notify_all(self):
        """Wake up all threads waiting on this condition.

        The lock must be held."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on this condition (deprecated alias of notify_all)."""
        _deprecated('notifyAll()', 'use notify_all()')
        self.notify_all()


# ------------------------------------------------------------- semaphores

class Semaphore:
    """This class implements semaphore objects.

    Semaphores manage a counter representing the number of release() calls minus the number
    of acquire() calls, plus an initial value. The acquire() method blocks if necessary until
    it can return without making the counter negative. If not given, value defaults to 1."""

    def __init__(self, value=1):
        if value >= 0:
            self._count = value
        else:
            raise ValueError("semaphore initial value must be >= 0")
        self._mutex = Condition(Lock())

    def __repr__(self):
        kind = type(self)
        return '<%s.%s at %#x: value=%s>' % (kind.__module__, kind.__qualname__, id(self),
                                            self._count)

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one.

        Without arguments it blocks until the counter is above zero. Returns False when
        blocking is false or the timeout expires before that, True otherwise."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._mutex:
            if blocking:
                if not self._mutex.wait_for(self._available, timeout):
                    return False
            elif not self._count:
                return False
            self._count -= 1
            return True

    def _available(self):
        return self._count > 0

    __enter__ = acquire

    def release(self, n=1):
        """Add n (default 1) to the internal counter of the semaphore.

        Threads waiting for the counter to rise above zero are woken."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._mutex:
            self._raise_value(n)

    def _raise_value(self, n):
        self._count += n
        self._mutex.notify(n)

    def __exit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value.

    A bounded semaphore checks to make sure its current value doesn't exceed its initial
    value. If it does, ValueError is raised."""

    def __init__(self, value=1):
        self._initial_value = value
        Semaphore.__init__(self, value)

    def __repr__(self):
        kind = type(self)
        return '<%s.%s at %#x: value=%s/%s>' % (kind.__module__, kind.__qualname__, id(self),
                                               self._count, self._initial_value)

    def release(self, n=1):
        """Add n (default 1) to the internal counter of the semaphore.

        ValueError if that would take the counter above its initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._mutex:
            if n > self._initial_value - self._count:
                raise ValueError("Semaphore released too many times")
            self._raise_value(n)


# ------------------------------------------------------------- Event

class Event:
    """Class implementing event objects.

    Events manage a flag that can be set to true with the set() method and reset to false with
    the clear() method. The wait() method blocks until the flag is true."""

    def __init__(self):
        self._is_set = False
        self._changed = Condition(Lock())

    def __repr__(self):
        kind = type(self)
        return '<%s.%s at %#x: %s>' % (kind.__module__, kind.__qualname__, id(self),
                                       'set' if self._is_set else 'unset')

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return bool(self._is_set)

    def isSet(self):
        """Return true if and only if the internal flag is true (deprecated alias)."""
        _deprecated('isSet()', 'use is_set()')
        return self._is_set

    def set(self):
        """Set the internal flag to true; every thread waiting for it is woken."""
        with self._changed:
            self._changed.notify_all()
            self._is_set = True

    def clear(self):
        """Reset the internal flag to false."""
        with self._changed:
            self._is_set = False

    def wait(self, timeout=None):
        """Block until the internal flag is true, or until the optional timeout expires.

        Returns the flag on exit: always True except when the wait timed out."""
        with self._changed:
            return self._is_set or self._changed.wait(timeout)


# ------------------------------------------------------------- Barrier

class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    # One filling of a barrier. Waiters keep their own round, so a thread arriving for the
    # next round never disturbs the ones still leaving this one.
    __slots__ = ('arrived', 'outcome')

    def __init__(self):
        self.arrived = 0
        self.outcome = None     # 'passed' or 'broken' once decided


class Barrier:
    """Implements a Barrier.

    Useful for synchronizing a fixed number of threads at known synchronization points.
    Threads block on 'wait()' and are simultaneously awoken once they have all made that
    call."""

    def __init__(self, parties, action=None, timeout=None):
        """Create a barrier, initialised to 'parties' threads.

        'action' is called by one of the threads once all have arrived, before they are
        released; 'timeout' is the default for every wait()."""
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._round = _Round()
        self._broken = False

    def __repr__(self):
        kind = type(self)
        head = '<%s.%s at %#x' % (kind.__module__, kind.__qualname__, id(self))
        if self._broken:
            return head + ': broken>'
        return head + ': waiters=%d/%d>' % (self.n_waiting, self._parties)

    def wait(self, timeout=None):
        """Wait for the barrier.

        Returns an individual index between 0 and parties-1. BrokenBarrierError if the barrier
        is broken, or becomes broken (abort(), reset(), a timeout, a failing action) while
        this thread waits."""
        with self._cond:
            if timeout is None:
                timeout = self._timeout
            if self._broken:
                raise BrokenBarrierError
            mine = self._round
            index = mine.arrived
            mine.arrived += 1
            if mine.arrived == self._parties:
                self._trip(mine)
                return index
            if not self._cond.wait_for(lambda: mine.outcome is not None, timeout):
                self._break_round()
            if mine.outcome == 'broken':
                raise BrokenBarrierError
            return index

    def _trip(self, full):
        # The last thread in runs the action; if that fails nobody may pass.
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break_round()
            raise
        full.outcome = 'passed'
        self._round = _Round()
        self._cond.notify_all()

    def _break_round(self):
        self._broken = True
        self._round.outcome = 'broken'
        self._cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state.

        Any threads currently waiting will get the BrokenBarrier exception raised."""
        with self._cond:
            self._round.outcome = 'broken'
            self._cond.notify_all()
            self._round = _Round()
            self._broken = False

    def abort(self):
        """Place the barrier into a 'broken' state.

        Useful in case of error. Any currently waiting threads and threads attempting to
        'wait()' will have BrokenBarrierError raised."""
        with self._cond:
            self._break_round()

    parties = property(lambda self: self._parties,
                       doc="Return the number of threads required to trip the barrier.")

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        return 0 if self._broken else self._round.arrived

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._broken


# ------------------------------------------------------------- the registry of threads

# _active: ident -> Thread for running threads (also the main and dummy ones);
# _starting: threads between start() and their first bytecode. Both under _registry_lock,
# reentrant because a repr taken while it is held asks is_alive().
_registry_lock = RLock()
_active = {}
_starting = {}
_name_numbers = iter(range(1, 1 << 62))

# _register_atexit functions, run by _shutdown before it joins the threads.
_before_join = []
_shutting_down = False


def _next_name(template):
    return template % next(_name_numbers)


# ------------------------------------------------------------- uncaught exceptions

try:
    from _thread import _excepthook as excepthook, _ExceptHookArgs as ExceptHookArgs
except ImportError:
    class _ExceptHookArgs(tuple):
        """ExceptHookArgs

        Type used to pass arguments to threading.excepthook."""

        # Stands in for the struct sequence of CPython's _thread: same name, repr and errors.
        __module__ = '_thread'
        __slots__ = ()
        __match_args__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')
        n_fields = n_sequence_fields = 4
        n_unnamed_fields = 0

        def __new__(cls, sequence, dict=None):
            items = tuple(sequence)
            if len(items) != 4:
                raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence '
                                'given)' % len(items))
            return super().__new__(cls, items)

        def __repr__(self):
            return '_thread._ExceptHookArgs(%s)' % ', '.join(
                '%s=%r' % pair for pair in zip(self.__match_args__, self))

        def __reduce__(self):
            return type(self), (tuple(self),)

    def _field(position, doc):
        return property(lambda self: tuple.__getitem__(self, position), doc=doc)

    _ExceptHookArgs.exc_type = _field(0, 'Exception type')
    _ExceptHookArgs.exc_value = _field(1, 'Exception value')
    _ExceptHookArgs.exc_traceback = _field(2, 'Exception traceback')
    _ExceptHookArgs.thread = _field(3, 'Thread')
    ExceptHookArgs = _ExceptHookArgs
    del _field

    def excepthook(args, /):
        """Handle uncaught Thread.run() exception."""
        if args.exc_type == SystemExit:
            return      # only SystemExit itself is silent, not its subclasses
        out = _sys.stderr
        if out is None:
            # Fall back on the stderr the thread was created with, if any.
            out = getattr(args.thread, '_stderr', None)
            if out is None:
                return
        who = get_ident() if args.thread is None else args.thread.name
        print(f'Exception in thread {who}:', file=out, flush=True)
        from traceback import print_exception
        print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=out)
        out.flush()

__excepthook__ = excepthook


def _excepthook_caller():
    # Made when a Thread is made: the hooks of that moment stand in if they are None later.
    first_hook, first_sys_hook = excepthook, _sys.excepthook
    if first_hook is None:
        raise RuntimeError("threading.excepthook is None")
    if first_sys_hook is None:
        raise RuntimeError("sys.excepthook is None")

    def invoke_excepthook(thread):
        # Runs in the except clause of the failed thread; the name shows in tracebacks.
        try:
            (excepthook or first_hook)(ExceptHookArgs([*_sys.exc_info(), thread]))
        except Exception as failure:
            failure.__suppress_context__ = True
            del failure
            out = _sys.stderr if _sys.stderr is not None else thread._stderr
            print("Exception in threading.excepthook:", file=out, flush=True)
            (_sys.excepthook or first_sys_hook)(*_sys.exc_info())

    return invoke_excepthook


# ------------------------------------------------------------- Thread

class Thread:
    """A class that represents a thread of control.

    This class can be safely subclassed in a limited fashion. There are two ways to specify
    the activity: by passing a callable object to the constructor, or by overriding the run()
    method in a subclass."""

    _initialized = False    # until __init__ has run: checked by the methods below

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        """This constructor should always be called with keyword arguments.

        group should be None; target is what run() calls, with args and kwargs; name defaults
        to "Thread-N (target)"; daemon, when not None, says whether the thread is daemonic
        (by default it inherits the daemon flag of the creating thread)."""
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _next_name('Thread-%d')
            label = getattr(target, '__name__', None) if target is not None else None
            if label is not None:
                name = f'{name} ({label})'
        if daemon is None:
            daemon = current_thread().daemon
        elif daemon and not _daemons_ok():
            raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._label = name
        self._is_daemon = daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._exit_lock = None
        self._is_stopped = False
        self._local_tables = []     # the threading.local tables holding a value of ours
        self._stderr = _sys.stderr  # for the excepthook, should sys.stderr be None by then
        self._invoke_excepthook = _excepthook_caller()
        self._initialized = True

    def _require_init(self, error=None):
        # Reading an attribute of a thread whose __init__ did not run is an assertion in
        # CPython; changing one (daemon, join) is a RuntimeError.
        if not self._initialized:
            if error is None:
                raise AssertionError("Thread.__init__() not called")
            raise error("Thread.__init__() not called")

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        if self._is_stopped:
            state = 'stopped'
        elif self._started.is_set():
            state = 'started'
        else:
            state = 'initial'
        if self._is_daemon:
            state += ' daemon'
        if self._ident is not None:
            state += ' %d' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._label, state)

    def start(self):
        """Start the thread's activity.

        It must be called at most once per thread object. It arranges for the object's run()
        method to be invoked in a separate thread of control."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set() or self._exit_lock is not None:
            raise RuntimeError("threads can only be started once")
        self._exit_lock = _allocate_lock()
        self._exit_lock.acquire()
        with _registry_lock:
            _starting[self] = self
        try:
            _start_new_thread(self._bootstrap_inner, ())
        except Exception:
            with _registry_lock:
                _starting.pop(self, None)
            raise
        self._started.wait()    # the new thread is registered and running

    def run(self):
        """Method representing the thread's activity.

        You may override this method in a subclass. The standard run() method invokes the
        callable object passed to the object's constructor as the target argument, if any,
        with positional and keyword arguments taken from the args and kwargs arguments."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop them, in case they refer back to this thread.
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        # The new thread's first frame: its name is part of every uncaught traceback.
        try:
            self._ident = get_ident()
            if _native_id_of is not None:
                self._native_id = _native_id_of()
            with _registry_lock:
                _starting.pop(self, None)
                _active[self._ident] = self
            self._started.set()
            hooks = _new_thread_hooks
            if hooks['trace']:
                _sys.settrace(hooks['trace'])
            if hooks['profile']:
                _sys.setprofile(hooks['profile'])
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._leave()

    def _leave(self):
        with _registry_lock:
            _active.pop(self._ident, None)
        for table in self._local_tables:
            table.pop(self._ident, None)
        self._local_tables = []
        self._is_stopped = True
        self._exit_lock.release()      # last of all: joiners may go

    def join(self, timeout=None):
        """Wait until the thread terminates.

        With a timeout (seconds, a float), join() gives up after that long; it always returns
        None, so call is_alive() to tell whether the thread ended."""
        self._require_init(RuntimeError)
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if current_thread() is self:
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        gate = self._exit_lock
        if timeout is None:
            got = gate.acquire()
        elif timeout > 0:
            got = gate.acquire(True, timeout)
        else:
            got = gate.acquire(False)
        if got:
            gate.release()

    @property
    def name(self):
        """A string used for identification purposes only.

        It has no semantics. Multiple threads may be given the same name. The initial name
        is set by the constructor."""
        self._require_init()
        return self._label

    @name.setter
    def name(self, name):
        self._require_init()
        self._label = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started.

        This is a nonzero integer. Identifiers may be recycled when a thread exits and
        another thread is created."""
        self._require_init()
        return self._ident

    if _native_id_of is not None:
        @property
        def native_id(self):
            """Native integral thread ID of this thread, or None if it has not been started."""
            self._require_init()
            return self._native_id

    def is_alive(self):
        """Return whether the thread is alive.

        True from just before run() starts until just after it terminates."""
        self._require_init()
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread.

        It must be set before start() is called; it is inherited from the creating thread.
        The program exits when only daemon threads are left."""
        self._require_init()
        return self._is_daemon

    @daemon.setter
    def daemon(self, daemonic):
        self._require_init(RuntimeError)
        if daemonic and not _daemons_ok():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._is_daemon = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated: use the daemon attribute)."""
        _deprecated('isDaemon()', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated: use the daemon attribute)."""
        _deprecated('setDaemon()', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        """Return the thread's name (deprecated: use the name attribute)."""
        _deprecated('getName()', 'get the name attribute')
        return self.name

    def setName(self, name):
        """Set the thread's name (deprecated: use the name attribute)."""
        _deprecated('setName()', 'set the name attribute')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) once interval seconds have passed,
    unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.finished = Event()
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()     # run() wakes early and sees it

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _register_running(thread):
    # For the threads that threading did not start: they run already.
    thread._started.set()
    thread._ident = get_ident()
    if _native_id_of is not None:
        thread._native_id = _native_id_of()
    with _registry_lock:
        _active[thread._ident] = thread


class _MainThread(Thread):
    # The program's thread. Its exit lock is released by _shutdown, so joining it from
    # another thread waits for the end of the program.

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        _register_running(self)
        self._exit_lock = _allocate_lock()
        self._exit_lock.acquire()


class _DummyThread(Thread):
    # What current_thread() returns in a thread started by _thread directly. Nothing tells us
    # when that thread ends, so it stays registered; daemonic, so _shutdown never waits on it.

    def __init__(self):
        Thread.__init__(self, name=_next_name('Dummy-%d'), daemon=_daemons_ok())
        _register_running(self)

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"

    def is_alive(self):
        assert self._started.is_set() and not self._is_stopped
        return True


# ------------------------------------------------------------- module functions

def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control.

    If the caller's thread of control was not created through the threading module, a dummy
    thread object with limited functionality is returned."""
    found = _active.get(get_ident())
    return _DummyThread() if found is None else found


def currentThread():
    """Return the current Thread object (deprecated alias of current_thread())."""
    _deprecated('currentThread()', 'use current_thread()')
    return current_thread()


def _enumerate():
    # enumerate() for callers that hold _registry_lock already.
    return [*_active.values(), *_starting.values()]


def enumerate():
    """Return a list of all Thread objects currently alive.

    The list includes daemonic threads, dummy thread objects created by current_thread(), and
    the main thread. It excludes terminated threads and threads that have not yet been
    started."""
    with _registry_lock:
        return _enumerate()


def active_count():
    """Return the number of Thread objects currently alive.

    The returned count is equal to the length of the list returned by enumerate()."""
    with _registry_lock:
        return len(_active) + len(_starting)


def activeCount():
    """Return the number of Thread objects currently alive (deprecated alias)."""
    _deprecated('activeCount()', 'use active_count()')
    return active_count()


def main_thread():
    """Return the main thread object.

    In normal conditions, the main thread is the thread from which the Python interpreter was
    started."""
    return _main_thread


def _register_atexit(func, *arg, **kwargs):
    """CPython internal: register *func* to be called before joining threads.

    The registered functions run in _shutdown(), last registered first, just before the
    non-daemon threads are joined."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _before_join.append((func, arg, kwargs))


def _shutdown():
    """Wait until the Python thread state of all non-daemon threads get deleted.

    Called by the interpreter at the end of the program (Interpreter.shutdown()): runs the
    _register_atexit functions, marks the main thread stopped and joins every non-daemon
    thread, also those started meanwhile. Daemon threads are left to the interpreter."""
    global _shutting_down
    if _main_thread._is_stopped:
        return
    _shutting_down = True
    while _before_join:
        func, arg, kwargs = _before_join.pop()
        func(*arg, **kwargs)
    if _main_thread.ident == get_ident():
        _main_thread._is_stopped = True
        _main_thread._exit_lock.release()
    while True:
        with _registry_lock:
            waiting_for = [t for t in _enumerate()
                           if not (t._is_daemon or t._is_stopped or t is _main_thread)
                           and t._exit_lock is not None]
        if not waiting_for:
            return
        for thread in waiting_for:
            thread._exit_lock.acquire()
            thread._exit_lock.release()


# ------------------------------------------------------------- thread-local data

class _local:
    """Thread-local data: each thread sees its own set of attributes on the object."""

    # Named as CPython's C type, which shows in reprs and messages.
    __module__ = '_thread'
    __slots__ = ('_local__table', '_local__init', '_local__guard', '__dict__')

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        table = {}      # thread ident -> that thread's attribute dictionary
        _set = object.__setattr__
        _set(self, '_local__table', table)
        _set(self, '_local__init', (args, kwargs))
        _set(self, '_local__guard', RLock())
        _set(self, '__dict__', _claim_local(table))    # __init__ runs next, for this thread
        return self

    # Each access puts the calling thread's dictionary in place as __dict__ (under the guard,
    # since a thread switch may come between two bytecodes) and then does the ordinary
    # attribute operation, so class attributes and descriptors work as usual.
    def __getattribute__(self, name):
        guard = _local_view(self)
        try:
            return object.__getattribute__(self, name)
        except AttributeError as exc:
            _as_c_type_error(self, name, exc)
            raise
        finally:
            guard.release()

    def __setattr__(self, name, value):
        if name == '__dict__':
            _refuse_dict(self)
        guard = _local_view(self)
        try:
            object.__setattr__(self, name, value)
        finally:
            guard.release()

    def __delattr__(self, name):
        if name == '__dict__':
            _refuse_dict(self)
        guard = _local_view(self)
        try:
            object.__delattr__(self, name)
        except AttributeError as exc:
            _as_c_type_error(self, name, exc)
            raise
        finally:
            guard.release()


def _claim_local(table):
    # A new dictionary for the calling thread in one local object's table; a thread that
    # threading started forgets it when it ends (Thread._leave).
    me = get_ident()
    table[me] = values = {}
    owner = _active.get(me)
    if owner is not None and owner._exit_lock is not None and owner is not _main_thread:
        owner._local_tables.append(table)
    return values


def _local_view(self):
    get = object.__getattribute__
    table = get(self, '_local__table')
    values = table.get(get_ident())
    if values is None:
        values = _claim_local(table)
        if type(self).__init__ is not object.__init__:
            # A subclass's __init__ runs again in each thread that first touches the object
            # (outside the guard: it may wait for other threads using the object).
            args, kwargs = get(self, '_local__init')
            object.__setattr__(self, '__dict__', values)
            self.__init__(*args, **kwargs)
    # Returned held: the caller releases it once its attribute operation is done.
    guard = get(self, '_local__guard')
    guard.acquire()
    object.__setattr__(self, '__dict__', values)
    return guard


def _local_type_label(self):
    kind = type(self)
    return '_thread._local' if kind is _local else kind.__name__


def _as_c_type_error(self, name, exc):
    # object's messages say '_local'; CPython's (C) type prints as '_thread._local'.
    if type(self) is _local and exc.args == (f"'_local' object has no attribute '{name}'",):
        exc.args = (f"'_thread._local' object has no attribute '{name}'",)


def _refuse_dict(self):
    raise AttributeError(f"'{_local_type_label(self)}' object attribute '__dict__' "
                         f"is read-only")


try:
    from _thread import _local as local
except ImportError:
    local = _local

_main_thread = _MainThread()
