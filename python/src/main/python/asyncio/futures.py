"""asyncio.Future: a slot for a result or exception that arrives later, awaited by tasks.

Completing a future schedules its done-callbacks on its loop (one call_soon each, in the order
they were added); nothing runs synchronously inside set_result() or cancel().
"""

__all__ = ('Future', 'wrap_future', 'isfuture')

from . import _compat
from . import events
from . import exceptions
from . import format_helpers

# The three states; lowered, they start the repr. Task (tasks.py) tests them too.
_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'


def isfuture(obj):
    """True for an asyncio Future, or any object that declares itself one the same way.

    The marker is a class attribute _asyncio_future_blocking that is not None, so the check
    never mistakes a class or an arbitrary object with a __getattr__ for a future.
    """
    if not hasattr(type(obj), '_asyncio_future_blocking'):
        return False
    return obj._asyncio_future_blocking is not None


def _future_repr_info(fut):
    """The words of a future's repr after its class name (Task's repr adds its own)."""
    words = [fut._state.lower()]
    if fut._state == _FINISHED:
        if fut._exception is None:
            words.append('result=' + format_helpers._short_repr(fut._result))
        else:
            words.append('exception=' + repr(fut._exception))
    if fut._callbacks:
        words.append(format_helpers._format_callbacks(fut._callbacks))
    return words


class Future:
    """A result that is not there yet. ``await fut`` suspends the task until it is done.

    _asyncio_future_blocking is set while the future is yielded to a Task by __await__; the
    Task uses it to recognise a legitimate yield and then waits for the future.
    """

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None          # a CancelledError to hand out as is (set by Task)
    _asyncio_future_blocking = False
    _log_traceback_flag = False    # an exception nobody retrieved is reported by __del__

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else events.get_event_loop()
        self._callbacks = []       # (callback, context) pairs, in registration order

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(_future_repr_info(self)))

    def __del__(self):
        if self._log_traceback_flag and self._loop is not None:
            self._loop.call_exception_handler({
                'message': type(self).__name__ + ' exception was never retrieved',
                'exception': self._exception,
                'future': self,
            })

    @property
    def _log_traceback(self):
        return self._log_traceback_flag

    @_log_traceback.setter
    def _log_traceback(self, flag):
        # Code may silence the report, never ask for one.
        if flag:
            raise ValueError('_log_traceback can only be set to False')
        self._log_traceback_flag = False

    def get_loop(self):
        """The event loop this future belongs to."""
        if self._loop is None:
            raise RuntimeError('Future object is not initialized.')
        return self._loop

    # -- querying ---------------------------------------------------------------------------

    def done(self):
        """True once the future has a result or an exception, or was cancelled."""
        return self._state != _PENDING

    def cancelled(self):
        """True if the future was cancelled."""
        return self._state == _CANCELLED

    def _make_cancelled_error(self):
        """The CancelledError that result() and exception() raise for a cancelled future.

        A saved one (a Task that ended by letting its CancelledError out) is given out once, so
        that its traceback is not chained onto every caller.
        """
        saved, self._cancelled_exc = self._cancelled_exc, None
        if saved is not None:
            return saved
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def _outcome_or_raise(self, unset_message):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state == _PENDING:
            raise exceptions.InvalidStateError(unset_message)
        self._log_traceback_flag = False

    def result(self):
        """The result; raises the exception set, CancelledError, or InvalidStateError if pending."""
        self._outcome_or_raise('Result is not set.')
        failure = self._exception
        if failure is not None:
            raise failure.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """The exception set (None if a result was set); CancelledError or InvalidStateError."""
        self._outcome_or_raise('Exception is not set.')
        return self._exception

    # -- callbacks --------------------------------------------------------------------------

    def add_done_callback(self, fn, *, context=None):
        """Have the loop call fn(future) once the future is done (soon, if it is already)."""
        if self.done():
            self._loop.call_soon(fn, self, context=context)
            return
        self._callbacks.append((fn, _compat.copy_context() if context is None else context))

    def remove_done_callback(self, fn):
        """Forget every registration of fn; return how many there were."""
        before = len(self._callbacks)
        self._callbacks[:] = [entry for entry in self._callbacks if entry[0] != fn]
        return before - len(self._callbacks)

    def _schedule_callbacks(self):
        pending, self._callbacks = self._callbacks, []
        for fn, context in pending:
            self._loop.call_soon(fn, self, context=context)

    # -- completing -------------------------------------------------------------------------
    # The _finish_* methods do the work of cancel/set_result/set_exception; Task, which refuses
    # the public setters, completes itself through them.

    def cancel(self, msg=None):
        """Cancel a pending future and schedule its callbacks; False if it was already done."""
        self._log_traceback_flag = False
        return self._finish_cancelled(msg)

    def _finish_cancelled(self, msg=None):
        if self.done():
            return False
        self._cancel_message = msg
        self._state = _CANCELLED
        self._schedule_callbacks()
        return True

    def set_result(self, result):
        """Complete the future with *result*; InvalidStateError if it is done already."""
        self._finish_result(result)

    def _finish_result(self, result):
        if self.done():
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        """Complete the future with *exception* (an instance or a class to instantiate)."""
        self._finish_exception(exception)

    def _finish_exception(self, exception):
        if self.done():
            raise exceptions.InvalidStateError('invalid state')
        error = exception() if isinstance(exception, type) else exception
        if not isinstance(error, BaseException):
            raise TypeError('invalid exception object')
        if type(error) is StopIteration:
            # Raised out of a coroutine's await it would end the coroutine instead.
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = error
        self._exception_tb = error.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback_flag = True

    # -- awaiting ---------------------------------------------------------------------------

    def __await__(self):
        if self._state == _PENDING:
            # Hand ourselves to the Task running this coroutine; it resumes us when done.
            self._asyncio_future_blocking = True
            yield self
            if self._state == _PENDING:
                raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    """The loop of an asyncio future, or of a duck-typed one that lacks get_loop()."""
    getter = getattr(fut, 'get_loop', None)
    return fut._loop if getter is None else getter()


def _set_result_unless_cancelled(fut, result):
    """A callback for timers (sleep, executors): complete *fut* unless it was cancelled."""
    if not fut.cancelled():
        fut.set_result(result)


def wrap_future(future, *, loop=None):
    """An asyncio future that follows *future* (a concurrent.futures.Future or look-alike).

    Completion is copied over through call_soon_threadsafe, since the source may finish in
    another thread; cancelling the asyncio future cancels the source.
    """
    if isfuture(future):
        return future
    target_loop = events.get_event_loop() if loop is None else loop
    mirror = target_loop.create_future()

    def copy_outcome(source):
        if mirror.done():
            return
        if source.cancelled():
            mirror.cancel()
            return
        failure = source.exception()
        if failure is None:
            mirror.set_result(source.result())
        else:
            mirror.set_exception(failure)

    def source_done(source):
        if not target_loop.is_closed():
            target_loop.call_soon_threadsafe(copy_outcome, source)

    def mirror_done(fut):
        if fut.cancelled():
            future.cancel()

    mirror.add_done_callback(mirror_done)
    future.add_done_callback(source_done)
    return mirror
