"""Future: a result that will be available later, with callbacks run by the event loop."""

__all__ = ('Future', 'wrap_future', 'isfuture')

from . import _compat
from . import events
from . import exceptions
from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for asyncio Futures and objects that duck-type them (``_asyncio_future_blocking``)."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={format_helpers._short_repr(future._result)}')
    if future._callbacks:
        info.append(format_helpers._format_callbacks(future._callbacks))
    return info


class Future:
    """A result to be set later; await it from a coroutine to suspend until it is done.

    ``_asyncio_future_blocking`` is True while a Task waits on the future: it is how Task.__step
    tells a yielded future (set by __await__) from a stray ``yield``.
    """

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback_flag = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(_future_repr_info(self))}>"

    def __del__(self):
        if not self._log_traceback_flag or self._loop is None:
            return
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    @property
    def _log_traceback(self):
        return self._log_traceback_flag

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self._log_traceback_flag = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for a cancelled future (erases the saved one)."""
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        """Cancel the future and schedule callbacks; False if it is already done."""
        self._log_traceback_flag = False
        return self._finish_cancelled(msg)

    def _finish_cancelled(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, context in callbacks:
            self._loop.call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback_flag = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback_flag = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) via the loop once done (at once, via call_soon, if already done)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = _compat.copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many were removed."""
        kept = [(f, context) for f, context in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        self._finish_result(result)

    def _finish_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        self._finish_exception(exception)

    def _finish_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback_flag = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # the Task driving us waits for completion
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future (or anything with add_done_callback) in an asyncio one."""
    if isfuture(future):
        return future
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()

    def copy_state(source):
        if new_future.done():
            return
        if source.cancelled():
            new_future.cancel()
        elif source.exception() is not None:
            new_future.set_exception(source.exception())
        else:
            new_future.set_result(source.result())

    def on_source_done(source):
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(copy_state, source)

    def on_new_done(fut):
        if fut.cancelled():
            future.cancel()

    new_future.add_done_callback(on_new_done)
    future.add_done_callback(on_source_done)
    return new_future
