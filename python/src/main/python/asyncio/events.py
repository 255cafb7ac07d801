"""Scheduled callbacks (Handle, TimerHandle), which loop is running in each thread, and the
current-loop functions (get_event_loop & co.) with the one policy Pyjama has."""

__all__ = ('AbstractEventLoop', 'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy',
           'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop',
           '_set_running_loop', 'get_running_loop', '_get_running_loop')

import sys

from . import _compat
from . import format_helpers


class Handle:
    """One scheduled call of callback(*args), run by the loop in the given context.

    cancel() drops the callback and its arguments at once, so a cancelled handle waiting in
    the ready queue or the timer heap keeps nothing alive.
    """
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_source_traceback', '_repr',
                 '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._callback, self._args, self._loop = callback, args, loop
        self._context = _compat.copy_context() if context is None else context
        self._cancelled = False
        self._repr = None              # frozen repr of a handle cancelled in debug mode
        self._source_traceback = None  # creation tracebacks are not recorded

    def _repr_info(self):
        words = [type(self).__name__]
        if self._cancelled:
            words.append('cancelled')
        if self._callback is not None:
            words.append(format_helpers._format_callback_source(self._callback, self._args))
        return words

    def __repr__(self):
        if self._repr is None:
            return '<%s>' % ' '.join(self._repr_info())
        return self._repr

    def get_context(self):
        """The contextvars.Context the callback runs in."""
        return self._context

    def cancelled(self):
        """True once cancel() was called."""
        return self._cancelled

    def cancel(self):
        """Keep the callback from running (no effect once it ran)."""
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            # Debug reprs still name the callback after it is gone.
            self._repr = repr(self)
        self._callback = self._args = None

    def _run(self):
        # Errors of a callback go to the loop's exception handler; only the two exceptions
        # meant to stop the program get through.
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            where = format_helpers._format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler(
                {'message': 'Exception in callback ' + where, 'exception': exc, 'handle': self})
        self = None  # no cycle through the traceback of a handled error


def _same_timer(a, b):
    return (a._when == b._when and a._callback == b._callback and a._args == b._args
            and a._cancelled == b._cancelled)


class TimerHandle(Handle):
    """A Handle for loop time *when*; the loop keeps these in a heap ordered by that time.

    _scheduled is True while the handle sits in the loop's heap, so that cancelling it can
    be counted for the heap's clean-up.
    """
    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def when(self):
        """The loop time (loop.time()) at which the callback is due."""
        return self._when

    def _repr_info(self):
        words = super()._repr_info()
        # 'when=' goes right after the class name and the word 'cancelled'.
        words.insert(1 + self._cancelled, 'when=%s' % (self._when,))
        return words

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    # Order is by due time alone; equality also needs the same call and cancel state.

    def __hash__(self):
        return hash(self._when)

    def __eq__(self, other):
        return _same_timer(self, other) if isinstance(other, TimerHandle) else NotImplemented

    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when or _same_timer(self, other)

    def __ge__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when or _same_timer(self, other)


class AbstractEventLoop:
    """Marker base class of event loops (the interface is BaseEventLoop's)."""


class AbstractEventLoopPolicy:
    """Marker base class of event loop policies."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


# ---------------------------------------------------------------- the running loop

# Thread ident -> the loop running in that thread: each thread may run a loop of its own. A
# thread's entry goes when its loop stops (run_forever's finally), so idents never go stale.
_running_loops = {}


def _get_running_loop():
    return _running_loops.get(_compat.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(_compat.get_ident(), None)
    else:
        _running_loops[_compat.get_ident()] = loop


def get_running_loop():
    """Return the running event loop.  Raise a RuntimeError if there is none."""
    running = _get_running_loop()
    if running is not None:
        return running
    raise RuntimeError('no running event loop')


# ---------------------------------------------------------------- the current loop

class _LoopSlot:
    """A thread's current loop, and whether set_event_loop was ever called in that thread."""
    __slots__ = ('loop', 'set_called')

    def __init__(self):
        self.loop = None
        self.set_called = False


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """A current loop per thread; only the main thread gets one made on demand.

    The main thread's slot is a plain object; other threads' live in a threading.local made
    when a second thread first asks, so single-threaded programs never import threading.
    """

    def __init__(self):
        self._main = _LoopSlot()
        self._others = None     # threading.local: attribute 'slot'
        self._others_lock = (_compat.allocate_lock() if _compat.allocate_lock is not None
                             else None)

    def _slot(self):
        if _in_main_thread():
            return self._main
        if self._others is None:
            with self._others_lock:
                if self._others is None:
                    self._others = _compat.thread_local()
        slot = getattr(self._others, 'slot', None)
        if slot is None:
            slot = self._others.slot = _LoopSlot()
        return slot

    def get_event_loop(self):
        slot = self._slot()
        if slot.loop is None and not slot.set_called and _in_main_thread():
            _warn_no_current_loop()
            self.set_event_loop(self.new_event_loop())
        if slot.loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % _compat.current_thread_name())
        return slot.loop

    def set_event_loop(self, loop):
        slot = self._slot()
        slot.set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError('loop must be an instance of AbstractEventLoop or None, '
                            f"not '{type(loop).__name__}'")
        slot.loop = loop

    def new_event_loop(self):
        from .base_events import EventLoop
        return EventLoop()


_main_thread_ident = _compat.get_ident()


def _in_main_thread():
    return _compat.get_ident() == _main_thread_ident


def _warn_no_current_loop():
    try:
        import warnings
    except ImportError:
        return
    stacklevel = 3
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        frame = getframe(2)
        while frame is not None:
            module = frame.f_globals.get('__name__') or ''
            if not (module == 'asyncio' or module.startswith('asyncio.')):
                break
            frame = frame.f_back
            stacklevel += 1
    warnings.warn('There is no current event loop', DeprecationWarning, stacklevel=stacklevel)


# The process-wide policy, made on first use; set_event_loop_policy(None) brings that back.
_policy_holder = [None]


def get_event_loop_policy():
    """The current event loop policy."""
    if _policy_holder[0] is None:
        _policy_holder[0] = DefaultEventLoopPolicy()
    return _policy_holder[0]


def set_event_loop_policy(policy):
    """Install *policy* (None: a default policy is made again on next use)."""
    if not (policy is None or isinstance(policy, AbstractEventLoopPolicy)):
        raise TypeError('policy must be an instance of AbstractEventLoopPolicy or None, '
                        f"not '{type(policy).__name__}'")
    _policy_holder[0] = policy


def get_event_loop():
    """The running loop if any, else the current loop of the policy (3.12 semantics)."""
    running = _get_running_loop()
    return get_event_loop_policy().get_event_loop() if running is None else running


def set_event_loop(loop):
    """Make *loop* the current loop of this thread (None: no current loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """A new loop from the policy (an EventLoop); it is not made current."""
    return get_event_loop_policy().new_event_loop()
