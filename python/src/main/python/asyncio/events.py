"""Handles, the running-loop registry, and the current-event-loop functions."""

__all__ = ('AbstractEventLoop', 'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy',
           'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop',
           '_set_running_loop', 'get_running_loop', '_get_running_loop')

import sys

from . import _compat
from . import format_helpers


class Handle:
    """A callback scheduled on a loop, with its arguments and its context."""
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_source_traceback', '_repr',
                 '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = _compat.copy_context()
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._repr_info()) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            source = format_helpers._format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {source}',
                'exception': exc,
                'handle': self,
            })
        self = None  # drop the cycle through the exception's traceback


class TimerHandle(Handle):
    """A Handle due at a loop time; ordered by that time in the loop's heap."""
    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


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
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


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


_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError('policy must be an instance of AbstractEventLoopPolicy or None, '
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop if any, else the current loop of the policy (3.12 semantics)."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
