"""The event loop: a FIFO of ready handles, a heap of timers, and a backend to idle on."""

__all__ = ('BaseEventLoop', 'EventLoop')

import heapq
import sys
from collections import deque

from . import _compat
from . import backend as _backend
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

# Cancelled timers are purged from the heap once there are more than this many timers and more
# than this fraction of them are cancelled (otherwise only from the head of the heap).
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return  # the loop is already stopping: run_forever re-raises it
    futures._get_loop(fut).stop()


class _BackendToken:
    """What the loop registers with the backend for a reader or writer: the Handle to run."""
    __slots__ = ('handle',)

    def __init__(self, handle):
        self.handle = handle


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self, backend=None):
        self._backend = _backend.default_backend() if backend is None else backend
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = deque()
        self._scheduled = []
        self._thread_id = None
        self._clock_resolution = getattr(self._backend, 'resolution', 1e-09)
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._asyncgens = _compat.WeakSet()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._default_executor = None
        # Handles queued by other threads; moved to _ready by the loop's own thread.
        self._threadsafe = []
        self._threadsafe_lock = (_compat.allocate_lock() if _compat.allocate_lock is not None
                                 else None)
        self._readers = {}
        self._writers = {}

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ------------------------------------------------------------ futures and tasks

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ------------------------------------------------------------ running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            try:
                import warnings
            except ImportError:
                pass
            else:
                warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                              f'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Close every asynchronous generator still alive on this loop."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[agen.aclose() for agen in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator '
                               f'{agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        """Schedule the shutdown of the default executor.

        The timeout parameter specifies the amount of time the executor will be given to finish
        joining. The default value is None, which means that the executor will be given an
        unlimited amount of time.
        """
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            from . import timeouts
            async with timeouts.timeout(timeout):
                await future
        except TimeoutError:
            import warnings
            warnings.warn("The executor did not finishing joining "
                          f"its threads within {timeout} seconds.",
                          RuntimeWarning, stacklevel=2)
            self._default_executor.shutdown(wait=False)
        else:
            thread.join()

    def _do_shutdown(self, future):
        # In a thread of its own: joining the executor's workers must not block the loop.
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(futures._set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not self.is_closed() and not future.cancelled():
                self.call_soon_threadsafe(future.set_exception, ex)

    def run_forever(self):
        """Run callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        hooks = getattr(sys, 'get_asyncgen_hooks', None)
        old_hooks = hooks() if hooks is not None else None
        try:
            self._thread_id = _compat.get_ident()
            if old_hooks is not None:
                sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                       finalizer=self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            if old_hooks is not None:
                sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done; return its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # the error propagates: do not also log it
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks already ready have run."""
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        for source in list(self._readers):
            self.remove_reader(source)
        for source in list(self._writers):
            self.remove_writer(source)
        close_backend = getattr(self._backend, 'close', None)
        if close_backend is not None:
            close_backend()

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        return self._backend.time()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    # ------------------------------------------------------------ scheduling

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) after delay seconds; return a cancellable TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at loop time ``when``."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) on the next iteration, after the callbacks already queued."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon that may be used from other threads and interrupt handlers."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        if self._thread_id is None or self._thread_id == _compat.get_ident():
            self._ready.append(handle)
        elif self._threadsafe_lock is not None:
            with self._threadsafe_lock:
                self._threadsafe.append(handle)
        else:
            self._threadsafe.append(handle)
        self._backend.wake()
        return handle

    def _take_threadsafe_handles(self):
        if not self._threadsafe:
            return
        if self._threadsafe_lock is not None:
            with self._threadsafe_lock:
                handles, self._threadsafe = self._threadsafe, []
        else:
            handles, self._threadsafe = self._threadsafe, []
        self._ready.extend(handles)

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (None: the loop's default thread pool); return an
        asyncio future of its result."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = _compat.new_thread_pool('asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not _compat.is_thread_pool(executor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # ------------------------------------------------------------ readiness of kernel sources

    def add_reader(self, source, callback, *args):
        """Call callback(*args) whenever the backend finds ``source`` readable."""
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        self.remove_reader(source)
        self._readers[source] = handle
        self._backend.add_reader(source, _BackendToken(handle))

    def remove_reader(self, source):
        handle = self._readers.pop(source, None)
        if handle is None:
            return False
        handle.cancel()
        self._backend.remove_reader(source)
        return True

    def add_writer(self, source, callback, *args):
        """Call callback(*args) whenever the backend finds ``source`` writable."""
        self._check_closed()
        add = getattr(self._backend, 'add_writer', None)
        if add is None:
            raise NotImplementedError('this event loop backend does not watch writability')
        handle = events.Handle(callback, args, self, None)
        self.remove_writer(source)
        self._writers[source] = handle
        add(source, _BackendToken(handle))

    def remove_writer(self, source):
        handle = self._writers.pop(source, None)
        if handle is None:
            return False
        handle.cancel()
        self._backend.remove_writer(source)
        return True

    # ------------------------------------------------------------ errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the context to sys.stderr the way CPython's asyncio logger does."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        _log_error('\n'.join(lines), context.get('exception'))

    def call_exception_handler(self, context):
        """Hand an error context to the custom handler if one is set, else to the default."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                _log_error('Exception in default exception handler', exc)
            return
        try:
            owner = context.get('task') or context.get('future') or context.get('handle')
            run_context = None
            if owner is not None and hasattr(owner, 'get_context'):
                run_context = owner.get_context()
            if run_context is not None and hasattr(run_context, 'run'):
                run_context.run(self._exception_handler, self, context)
            else:
                self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as inner:
                _log_error('Exception in default exception handler while handling an '
                           'unexpected error in custom exception handler', inner)

    # ------------------------------------------------------------ one iteration

    def _run_once(self):
        """Wait for the earliest timer or I/O, then run every callback that was ready by then.

        Callbacks scheduled while these run wait for the next iteration, which keeps the
        interleaving of tasks the same as CPython's.
        """
        scheduled = self._scheduled
        count = len(scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES
                and self._timer_cancelled_count / count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            live = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    live.append(handle)
            heapq.heapify(live)
            self._scheduled = scheduled = live
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(scheduled)
                handle._scheduled = False

        self._take_threadsafe_handles()
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = min(max(scheduled[0]._when - self.time(), 0), _backend.MAXIMUM_WAIT)

        for token in self._backend.wait(timeout) or ():
            handle = token.handle if isinstance(token, _BackendToken) else token
            if isinstance(handle, events.Handle):
                if not handle._cancelled:
                    self._ready.append(handle)
            else:
                self._ready.append(events.Handle(handle, (), self, None))
        self._take_threadsafe_handles()

        end_time = self.time() + self._clock_resolution
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._run()
            finally:
                self._current_handle = None
        handle = None


class EventLoop(BaseEventLoop):
    """The event loop asyncio.new_event_loop() makes (on Pyjama and in tests alike)."""


def _log_error(message, exception=None):
    """Write an error report like logging's last-resort handler: message, then traceback."""
    text = message
    if exception is not None:
        try:
            import traceback
            formatted = ''.join(traceback.format_exception(
                type(exception), exception, exception.__traceback__))
        except Exception:
            formatted = f'{type(exception).__name__}: {exception}\n'
        text = text + '\n' + formatted.rstrip('\n')
    stderr = sys.stderr
    if stderr is None:
        return
    try:
        stderr.write(text + '\n')
        flush = getattr(stderr, 'flush', None)
        if flush is not None:
            flush()
    except Exception:
        pass
