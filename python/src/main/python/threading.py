"""Thread objects and synchronisation primitives over the interpreter's _thread module (Pyjama).

CPython 3.12's threading API, semantics, error messages and reprs, written for Pyjama's green
threads (docs/python.md, "Threads"). What this module needs from _thread: start_new_thread,
allocate_lock, get_ident, error, TIMEOUT_MAX, stack_size; it uses get_native_id, RLock, _local,
_excepthook/_ExceptHookArgs and daemon_threads_allowed when _thread has them and falls back
to its own otherwise.

Threads are preempted between any two bytecodes, so every piece of shared state here is
changed either under a lock or by one thread only (a thread's own fields by itself).

How a thread ends: start() allocates the thread's *done lock* and holds it; the new thread
releases it as its very last Python action (after leaving _active and dropping its
threading.local values), so join() is "acquire the done lock, release it again". CPython uses
the C thread state's lock for that; we do not depend on the VM providing one.
"""

import sys as _sys
import _thread
from time import monotonic as _time
from itertools import count as _count
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'setprofile_all_threads', 'settrace_all_threads']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_CRLock = getattr(_thread, 'RLock', None)
try:
    get_native_id = _thread.get_native_id
    _HAVE_THREAD_NATIVE_ID = True
    __all__.append('get_native_id')
except AttributeError:
    _HAVE_THREAD_NATIVE_ID = False
try:
    _daemon_threads_allowed = _thread.daemon_threads_allowed
except AttributeError:
    def _daemon_threads_allowed():
        return True


# ---------------------------------------------------------------- trace and profile hooks

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module.

    The func will be passed to sys.setprofile() for each thread, before its run() method is
    called.
    """
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    """Set a profile function for all threads started from the threading module and all
    Python threads that are currently executing.
    """
    setprofile(func)
    everywhere = getattr(_sys, '_setprofileallthreads', None)
    if everywhere is not None:
        everywhere(func)
    else:
        _sys.setprofile(func)   # only the calling thread: the VM has no hook for the others


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module.

    The func will be passed to sys.settrace() for each thread, before its run() method is
    called.
    """
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    """Set a trace function for all threads started from the threading module and all Python
    threads that are currently executing.
    """
    settrace(func)
    everywhere = getattr(_sys, '_settraceallthreads', None)
    if everywhere is not None:
        everywhere(func)
    else:
        _sys.settrace(func)


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# ---------------------------------------------------------------- locks

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock.

    A reentrant lock must be released by the thread that acquired it. Once a thread has
    acquired a reentrant lock, the same thread may acquire it again without blocking; the
    thread must release it once for each time it has acquired it.
    """
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _RLock:
    """A reentrant lock in Python, for a _thread without RLock: a plain lock plus the owner's
    ident and a recursion count. Only the owner ever writes the owner and count fields."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        try:
            owner = _active[owner].name
        except KeyError:
            pass
        cls = self.__class__
        state = 'locked' if self._block.locked() else 'unlocked'
        return (f'<{state} {cls.__module__}.{cls.__qualname__} object owner={owner!r} '
                f'count={self._count} at {hex(id(self))}>')

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock, blocking or non-blocking; True once the caller owns it."""
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        """Release the lock once; it is free when the owner has released it as often as it
        acquired it."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        """Return whether this object is locked."""
        return self._block.locked()

    # What Condition uses to give the lock up entirely while it waits, and to take it back.
    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0


_PyRLock = _RLock


# ---------------------------------------------------------------- condition variables

class Condition:
    """Class that implements a condition variable.

    A condition variable allows one or more threads to wait until they are notified by another
    thread. If the lock argument is given and not None, it must be a Lock or RLock object, and
    it is used as the underlying lock. Otherwise, a new RLock object is created and used.

    Each waiter waits on a lock of its own that it holds already; notify() releases it.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock must be given up entirely while waiting: use its own save/restore.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            try:
                setattr(self, name, getattr(lock, name))
            except AttributeError:
                pass
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f'<Condition({self._lock}, {len(self._waiters)})>'

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: held (by anyone) counts as ours.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs.

        The lock must be held; it is released while waiting and held again on return. Returns
        True unless a given timeout expired.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass    # notify() took it out just after the timeout

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True.

        predicate should be a callable whose result will be interpreted as a boolean value. A
        timeout may be provided giving the maximum time to wait.
        """
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any.

        The calling thread must hold the lock. Wakes up at most n of the waiting threads.
        """
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass    # already released by an earlier notify that was interrupted
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on this condition (deprecated alias of notify_all)."""
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


# ---------------------------------------------------------------- semaphores and events

class Semaphore:
    """This class implements semaphore objects.

    Semaphores manage a counter representing the number of release() calls minus the number of
    acquire() calls, plus an initial value. The acquire() method blocks if necessary until it
    can return without making the counter negative.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>'

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one.

        Returns True when decremented, False when non-blocking and the counter is zero or when
        the timeout expired.
        """
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        acquired = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                acquired = True
        return acquired

    __enter__ = acquire

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A bounded semaphore checks that its current value doesn't exceed its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:'
                f' value={self._value}/{self._initial_value}>')

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more.

        ValueError if that would take the counter above its initial value.
        """
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """Class implementing event objects: a flag that threads can set, clear and wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>'

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Return true if and only if the internal flag is true (deprecated alias)."""
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        """Set the internal flag to true and wake every thread waiting for it."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the internal flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true or the timeout expires; return the flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------- barrier

# Barrier states.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Implements a Barrier.

    Useful for synchronizing a fixed number of threads at known synchronization points.
    Threads block on 'wait()' and are simultaneously awoken once they have all made that call.
    """

    def __init__(self, parties, action=None, timeout=None):
        """Create a barrier, initialised to 'parties' threads.

        'action' is called by one of the threads after they have all entered the barrier and
        just before they are released; 'timeout' is the default for every wait().
        """
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0     # threads inside wait(), including those draining out

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>'
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:'
                f' waiters={self.n_waiting}/{self.parties}>')

    def wait(self, timeout=None):
        """Wait for the barrier; return this thread's index, 0 to parties-1.

        When the specified number of threads have started waiting, they are all awoken
        together. BrokenBarrierError if the barrier is or becomes broken (by abort(), reset(),
        a timeout or an exception in the action).
        """
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        # A barrier still letting out the previous round (or resetting) is not ready yet.
        while self._state in (_RESETTING, _DRAINING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        # The last thread in: run the action, then let everybody out.
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        # The last thread out lets the threads waiting in _enter() fill the next round.
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state.

        Any threads currently waiting will get the BrokenBarrier exception raised.
        """
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING   # back to filling when the last waiter has left
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state.

        Any currently waiting threads and threads attempting to 'wait()' will have
        BrokenBarrierError raised.
        """
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == _BROKEN


class BrokenBarrierError(RuntimeError):
    pass


# ---------------------------------------------------------------- the thread registry

_counter = _count(1).__next__


def _newname(name_template):
    return name_template % _counter()


# Guards _active and _limbo. Reentrant because a thread's repr (which may run while it is held,
# e.g. in a debugger) calls is_alive().
_active_limbo_lock = RLock()
_active = {}    # ident -> Thread, for threads that are running (and main and dummies)
_limbo = {}     # Thread -> Thread, for threads started but not running yet

# Functions registered with _register_atexit, called by _shutdown before it joins threads.
_threading_atexits = []
_SHUTTING_DOWN = False


# ---------------------------------------------------------------- Thread

class Thread:
    """A class that represents a thread of control.

    This class can be safely subclassed in a limited fashion. There are two ways to specify the
    activity: by passing a callable object to the constructor, or by overriding the run()
    method in a subclass.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        """This constructor should always be called with keyword arguments.

        group should be None; target is the callable run() invokes; name is the thread name
        (by default "Thread-N", with the target's name in parentheses); args and kwargs are
        target's arguments; daemon, if not None, sets whether the thread is daemonic (by
        default it is inherited from the creating thread).
        """
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass

        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = None
        self._done_lock = None      # held from start() until the thread has finished
        self._started = Event()
        self._is_stopped = False
        self._local_storages = []   # the threading.local storages holding values of this thread
        self._initialized = True
        # Copy of sys.stderr, used by the excepthook if sys.stderr is None when it runs.
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{self.__class__.__name__}({self._name}, {status})>"

    def start(self):
        """Start the thread's activity.

        It must be called at most once per thread object. It arranges for the object's run()
        method to be invoked in a separate thread of control.
        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        done = _allocate_lock()
        done.acquire()
        self._done_lock = done
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """Method representing the thread's activity: calls the target with args and kwargs.

        You may override this method in a subclass.
        """
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a refcycle if the thread is running a function with an argument that has
            # a member that points to the thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # What _thread runs in the new thread. Everything the thread raises is handled by
        # _bootstrap_inner (by the excepthook), so _thread's own "Exception ignored in thread
        # started by" report is only for bugs in this module.
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        # Named as CPython's: its frame shows in the tracebacks of uncaught exceptions.
        try:
            self._ident = get_ident()
            if _HAVE_THREAD_NATIVE_ID:
                self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._finish()

    def _finish(self):
        # The thread's last acts: leave the registry, drop its threading.local values, then
        # let joiners go.
        with _active_limbo_lock:
            _active.pop(self._ident, None)
        for storage in self._local_storages:
            storage.forget(self._ident)
        self._local_storages = []
        self._is_stopped = True
        self._done_lock.release()

    def join(self, timeout=None):
        """Wait until the thread terminates.

        timeout, a number of seconds, bounds the wait; join() always returns None, so call
        is_alive() afterwards to learn whether the thread is still running. RuntimeError when
        joining the current thread or a thread that was not started.
        """
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        lock = self._done_lock
        if timeout is None:
            acquired = lock.acquire()
        elif timeout > 0:
            acquired = lock.acquire(True, timeout)
        else:
            acquired = lock.acquire(False)
        if acquired:
            lock.release()

    @property
    def name(self):
        """A string used for identification purposes only.

        It has no semantics. Multiple threads may be given the same name. The initial name is
        set by the constructor.
        """
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started.

        This is a nonzero integer. Identifiers may be recycled when a thread exits and another
        thread is created.
        """
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    if _HAVE_THREAD_NATIVE_ID:
        @property
        def native_id(self):
            """Native integral thread ID of this thread, or None if it has not been started."""
            assert self._initialized, "Thread.__init__() not called"
            return self._native_id

    def is_alive(self):
        """Return whether the thread is alive: from just before run() starts until just after
        it ends."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread.

        This must be set before start() is called. The entire Python program exits when only
        daemon threads are left.
        """
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated: use the daemon attribute)."""
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated: use the daemon attribute)."""
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        """Return a string used for identification purposes only (deprecated: use name)."""
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        """Set the name string for this thread (deprecated: use the name attribute)."""
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


# ---------------------------------------------------------------- uncaught exceptions

try:
    from _thread import (_excepthook as excepthook,
                         _ExceptHookArgs as ExceptHookArgs)
except ImportError:
    class _ExceptHookArgs(tuple):
        """ExceptHookArgs

        Type used to pass arguments to threading.excepthook."""

        # A struct sequence in CPython (a C type of _thread): same name, fields and messages.
        __module__ = '_thread'
        __slots__ = ()
        n_fields = n_sequence_fields = 4
        n_unnamed_fields = 0
        __match_args__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

        def __new__(cls, sequence, dict=None):
            values = tuple(sequence)
            if len(values) != 4:
                raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence "
                                f"({len(values)}-sequence given)")
            return tuple.__new__(cls, values)

        exc_type = property(lambda self: self[0], doc='Exception type')
        exc_value = property(lambda self: self[1], doc='Exception value')
        exc_traceback = property(lambda self: self[2], doc='Exception traceback')
        thread = property(lambda self: self[3], doc='Thread')

        def __repr__(self):
            fields = ', '.join(f'{name}={value!r}'
                               for name, value in zip(self.__match_args__, self))
            return f'_thread._ExceptHookArgs({fields})'

        def __reduce__(self):
            return (type(self), (tuple(self),))

    ExceptHookArgs = _ExceptHookArgs

    def excepthook(args, /):
        """Handle uncaught Thread.run() exception."""
        if args.exc_type == SystemExit:
            return      # silently ignore SystemExit (exactly: not its subclasses, as CPython)
        stderr = _sys.stderr
        if stderr is None:
            if args.thread is None:
                return
            stderr = args.thread._stderr
            if stderr is None:
                return
        if args.thread is not None:
            name = args.thread.name
        else:
            name = get_ident()
        print(f"Exception in thread {name}:", file=stderr, flush=True)
        from traceback import print_exception
        print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
        stderr.flush()


# The original value of threading.excepthook.
__excepthook__ = excepthook


def _make_invoke_excepthook():
    # The hooks as they were when the thread was made: used if the current ones are None.
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
        raise RuntimeError("sys.excepthook is None")

    def invoke_excepthook(thread):
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*_sys.exc_info(), thread])
            hook(args)
        except Exception as exc:
            # The hook itself failed: report that through sys.excepthook.
            exc.__suppress_context__ = True
            del exc
            stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
            print("Exception in threading.excepthook:", file=stderr, flush=True)
            sys_excepthook = _sys.excepthook
            if sys_excepthook is None:
                sys_excepthook = old_sys_excepthook
            sys_excepthook(*_sys.exc_info())
        finally:
            args = None

    return invoke_excepthook


# ---------------------------------------------------------------- Timer

class Timer(Thread):
    """Call a function after a specified number of seconds:

            t = Timer(30.0, f, args=None, kwargs=None)
            t.start()
            t.cancel()     # stop the timer's action if it's still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---------------------------------------------------------------- main and foreign threads

class _MainThread(Thread):
    # The thread that imported threading (the program's). Its done lock is released by
    # _shutdown, so a thread joining the main thread waits for the end of the program.

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        done = _allocate_lock()
        done.acquire()
        self._done_lock = done
        self._started.set()
        self._ident = get_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread not started by this module (by _thread.start_new_thread) when it
    # calls current_thread(). It stays in _active (nothing tells us when it ends) and cannot
    # be joined; it is daemonic so that _shutdown does not wait for it.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=_daemon_threads_allowed())
        self._started.set()
        self._ident = get_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------- module functions

def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control.

    If the caller's thread of control was not created through the threading module, a dummy
    thread object with limited functionality is returned.
    """
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Return the current Thread object (deprecated alias of current_thread())."""
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive.

    The returned count is equal to the length of the list returned by enumerate().
    """
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Return the number of Thread objects currently alive (deprecated alias)."""
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def _enumerate():
    # Same as enumerate(), without the lock.
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive.

    The list includes daemonic threads, dummy thread objects created by current_thread(), and
    the main thread. It excludes terminated threads and threads that have not yet been started.
    """
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main thread object.

    In normal conditions, the main thread is the thread from which the Python interpreter was
    started.
    """
    return _main_thread


def _register_atexit(func, *arg, **kwargs):
    """CPython internal: register *func* to be called before joining threads.

    The registered *func* is called with its arguments just before all non-daemon threads are
    joined in `_shutdown()`. It provides a similar purpose to `atexit.register()`, but its
    functions are called prior to threading shutdown instead of interpreter shutdown.
    """
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Wait until the Python thread state of all non-daemon threads get deleted.

    The interpreter calls this at the end of the program (when threading was imported): it runs
    the _register_atexit functions (last registered first), marks the main thread stopped and
    joins every non-daemon thread, including those started meanwhile. Daemon threads are left
    running; the interpreter abandons them.
    """
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return      # called already
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    if _main_thread.ident == get_ident():
        _main_thread._is_stopped = True
        _main_thread._done_lock.release()
    # else: threading was imported by another thread than the program's; like CPython, ignore
    # that thread as threads of _thread are ignored.
    while True:
        with _active_limbo_lock:
            pending = [thread for thread in _enumerate()
                       if not thread._daemonic and not thread._is_stopped
                       and thread._done_lock is not None and thread is not _main_thread]
        if not pending:
            break
        for thread in pending:
            # As join() does; also for a thread still in _limbo (started, not running yet).
            thread._done_lock.acquire()
            thread._done_lock.release()


# ---------------------------------------------------------------- thread-local data

class _LocalStorage:
    """The per-thread dictionaries of one threading.local object, keyed by thread ident.

    A thread started by this module forgets its dictionary when it ends (Thread._finish), so
    an ident reused by a later thread starts empty.
    """

    __slots__ = ('dicts', 'args', 'kwargs', 'lock')

    def __init__(self, args, kwargs):
        self.dicts = {}
        self.args = args
        self.kwargs = kwargs
        self.lock = RLock()

    def forget(self, ident):
        self.dicts.pop(ident, None)


def _local_dict(self):
    """The calling thread's dictionary of local object self; a new thread's first use makes it
    and runs the class's __init__ again with the original arguments."""
    storage = object.__getattribute__(self, '_local__storage')
    ident = get_ident()
    values = storage.dicts.get(ident)
    if values is None:
        values = storage.dicts[ident] = {}
        thread = _active.get(ident)
        if thread is not None and thread is not _main_thread and thread._done_lock is not None:
            thread._local_storages.append(storage)
        if type(self).__init__ is not object.__init__:
            # Outside the lock: __init__ may wait for other threads using this object.
            self.__init__(*storage.args, **storage.kwargs)
    return storage, values


class _local:
    """Thread-local data: an object whose attributes each thread sees separately."""

    # What CPython's C type is called; shows in reprs and messages.
    __module__ = '_thread'
    __slots__ = ('_local__storage', '__dict__')

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        storage = _LocalStorage(args, kwargs)
        object.__setattr__(self, '_local__storage', storage)
        # The creating thread's dictionary: __init__ is about to run for it.
        values = storage.dicts[get_ident()] = {}
        thread = _active.get(get_ident())
        if thread is not None and thread is not _main_thread and thread._done_lock is not None:
            thread._local_storages.append(storage)
        object.__setattr__(self, '__dict__', values)
        return self

    # Every access installs the calling thread's dictionary as __dict__ under the storage's
    # lock, then does the ordinary attribute operation (descriptors, class attributes and all).
    def __getattribute__(self, name):
        storage, values = _local_dict(self)
        with storage.lock:
            object.__setattr__(self, '__dict__', values)
            try:
                return object.__getattribute__(self, name)
            except AttributeError as exc:
                _rename_local_error(self, name, exc)
                raise

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{_local_type_name(self)}' object attribute '__dict__' "
                                 f"is read-only")
        storage, values = _local_dict(self)
        with storage.lock:
            object.__setattr__(self, '__dict__', values)
            return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"'{_local_type_name(self)}' object attribute '__dict__' "
                                 f"is read-only")
        storage, values = _local_dict(self)
        with storage.lock:
            object.__setattr__(self, '__dict__', values)
            try:
                return object.__delattr__(self, name)
            except AttributeError as exc:
                _rename_local_error(self, name, exc)
                raise


def _rename_local_error(self, name, exc):
    # object's messages name the type by __name__; CPython's C type is called '_thread._local'.
    if type(self) is _local and exc.args == (f"'_local' object has no attribute '{name}'",):
        exc.args = (f"'_thread._local' object has no attribute '{name}'",)


def _local_type_name(self):
    cls = type(self)
    return '_thread._local' if cls is _local else cls.__name__


try:
    from _thread import _local as local
except ImportError:
    local = _local


_main_thread = _MainThread()
