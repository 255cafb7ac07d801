"""The event loop: ready callbacks in a FIFO, timers in a heap, and a backend to idle on.

Everything that blocks (waiting for a timer, for a reader, for another thread's callback) is
one call, backend.wait(timeout); on Pyjama it halts the CPU until an interrupt. The order in
which callbacks run is CPython's, because programs observe it (docs/asyncio.md).
"""

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


def _run_until_complete_cb(fut):
    # Stops the loop once run_until_complete's future is done. (Its name is seen in the
    # repr of the main task, as in CPython.) A SystemExit or KeyboardInterrupt out of the
    # task already stops the loop on its way out of run_forever.
    fatal = None if fut.cancelled() else fut.exception()
    if not isinstance(fatal, (SystemExit, KeyboardInterrupt)):
        futures._get_loop(fut).stop()


class _BackendToken:
    """What the loop registers with the backend for a reader or writer: the Handle to run."""
    __slots__ = ('handle',)

    def __init__(self, handle):
        self.handle = handle


class _Timers:
    """The loop's timer heap. Cancelled timers stay in it until they come to the top, unless
    they become the majority of a large heap; then the heap is rebuilt without them."""

    REBUILD_ABOVE = 100        # timers, and ...
    REBUILD_SHARE = 0.5        # ... the share of them cancelled, that trigger a rebuild

    def __init__(self):
        self.heap = []
        self.cancelled = 0     # cancelled timers still in the heap

    def add(self, timer):
        timer._scheduled = True
        heapq.heappush(self.heap, timer)

    def forget_cancelled(self):
        heap = self.heap
        if len(heap) > self.REBUILD_ABOVE and self.cancelled > self.REBUILD_SHARE * len(heap):
            for timer in heap:
                if timer._cancelled:
                    timer._scheduled = False
            self.heap = heap = [timer for timer in heap if not timer._cancelled]
            heapq.heapify(heap)
            self.cancelled = 0
            return
        while heap and heap[0]._cancelled:
            heapq.heappop(heap)._scheduled = False
            self.cancelled -= 1

    def first_deadline(self):
        return self.heap[0]._when if self.heap else None

    def pop_due(self, limit):
        """Take out, earliest first, the timers due before loop time *limit*."""
        heap, due = self.heap, []
        while heap and heap[0]._when < limit:
            timer = heapq.heappop(heap)
            timer._scheduled = False
            due.append(timer)
        return due

    def clear(self):
        self.heap.clear()


class _Inbox:
    """Handles queued by other threads (call_soon_threadsafe); the loop's thread drains it."""

    def __init__(self):
        self._items = []
        self._lock = None if _compat.allocate_lock is None else _compat.allocate_lock()

    def put(self, handle):
        if self._lock is None:
            self._items.append(handle)
            return
        with self._lock:
            self._items.append(handle)

    def drain(self):
        if not self._items:
            return ()
        if self._lock is None:
            taken, self._items = self._items, []
            return taken
        with self._lock:
            taken, self._items = self._items, []
        return taken


class BaseEventLoop(events.AbstractEventLoop):
    """asyncio's event loop over a backend (asyncio.backend): see docs/asyncio.md."""

    def __init__(self, backend=None):
        self._backend = backend if backend is not None else _backend.default_backend()
        self._clock_resolution = getattr(self._backend, 'resolution', 1e-09)
        self._ready = deque()            # handles to run in the next iteration, in order
        self._timers = _Timers()
        self._inbox = _Inbox()
        self._readers = {}               # source -> Handle
        self._writers = {}
        self._thread_id = None           # the running thread's ident while running
        self._stopping = False
        self._closed = False
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._exception_handler = None
        self._asyncgens = _compat.WeakSet()
        self._asyncgens_shutdown_called = False
        self._default_executor = None
        self._executor_shutdown_called = False

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self.is_running(), self.is_closed(), self.get_debug())

    # -- state -----------------------------------------------------------------------------

    def time(self):
        """The loop's clock (the backend's monotonic time), in seconds."""
        return self._backend.time()

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._thread_id is not None:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    # -- futures and tasks -----------------------------------------------------------------

    def create_future(self):
        """A new Future of this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Run *coro* as a Task on this loop (made by the task factory if one is set)."""
        self._check_closed()
        factory = self._task_factory
        if factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        task = factory(self, coro) if context is None else factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        """Use factory(loop, coro[, context=]) to make tasks; None: plain Task."""
        if not (factory is None or callable(factory)):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running ---------------------------------------------------------------------------

    def run_forever(self):
        """Run iterations until stop() is called."""
        self._check_closed()
        self._check_running()
        get_hooks = getattr(sys, 'get_asyncgen_hooks', None)
        saved_hooks = None if get_hooks is None else get_hooks()
        self._thread_id = _compat.get_ident()
        try:
            if saved_hooks is not None:
                # Async generators first iterated here are closed by this loop.
                sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                       finalizer=self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            # At least one iteration, even when stop() came before: CPython's contract.
            stopped = False
            while not stopped:
                self._run_once()
                stopped = self._stopping
        finally:
            events._set_running_loop(None)
            self._thread_id = None
            self._stopping = False
            if saved_hooks is not None:
                sys.set_asyncgen_hooks(*saved_hooks)

    def run_until_complete(self, future):
        """Run until *future* (a coroutine is wrapped in a Task) is done; return its result."""
        self._check_closed()
        self._check_running()
        made_here = not futures.isfuture(future)
        fut = tasks.ensure_future(future, loop=self)
        if made_here:
            fut._log_destroy_pending = False   # its outcome is returned or raised here
        fut.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            # Leaving with an error: the task's own error will not be seen, so it must not
            # be reported as 'never retrieved' either.
            if made_here and fut.done() and not fut.cancelled():
                fut.exception()
            raise
        finally:
            fut.remove_done_callback(_run_until_complete_cb)
        if fut.done():
            return fut.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        """Stop once the callbacks ready now have run."""
        self._stopping = True

    def close(self):
        """Drop pending callbacks, stop watching sources, shut the default executor down."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._timers.clear()
        self._executor_shutdown_called = True
        pool, self._default_executor = self._default_executor, None
        if pool is not None:
            pool.shutdown(wait=False)
        for source in list(self._readers):
            self.remove_reader(source)
        for source in list(self._writers):
            self.remove_writer(source)
        closer = getattr(self._backend, 'close', None)
        if closer is not None:
            closer()

    # -- async generators ------------------------------------------------------------------

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            try:
                import warnings
            except ImportError:
                warnings = None
            if warnings is not None:
                warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                              f'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        # Called by the collector, possibly in any thread: close it in a task of the loop.
        self._asyncgens.discard(agen)
        if not self._closed:
            closing = agen.aclose()
            self.call_soon_threadsafe(self.create_task, closing)

    async def shutdown_asyncgens(self):
        """Close every asynchronous generator still alive on this loop."""
        self._asyncgens_shutdown_called = True
        alive = list(self._asyncgens)
        if not alive:
            return
        self._asyncgens.clear()
        outcomes = await tasks.gather(*[agen.aclose() for agen in alive], return_exceptions=True)
        for agen, outcome in zip(alive, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': 'an error occurred during closing of asynchronous generator '
                               f'{agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    # -- executors -------------------------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in *executor* (None: the loop's default thread pool); an asyncio
        future of its result."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, method='run_in_executor')
        pool = executor
        if pool is None:
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            pool = self._default_executor
            if pool is None:
                pool = self._default_executor = _compat.new_thread_pool('asyncio')
        return futures.wrap_future(pool.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        """Use *executor*, a thread pool, for run_in_executor(None, ...)."""
        if _compat.is_thread_pool(executor):
            self._default_executor = executor
            return
        raise TypeError('executor must be ThreadPoolExecutor instance')

    async def shutdown_default_executor(self, timeout=None):
        """Shut the default executor down, waiting (at most *timeout* seconds, None: no limit)
        for its threads to finish; the joining happens in a thread of its own."""
        self._executor_shutdown_called = True
        pool = self._default_executor
        if pool is None:
            return
        import threading
        joined = self.create_future()
        joiner = threading.Thread(target=self._join_executor, args=(pool, joined))
        joiner.start()
        from . import timeouts
        try:
            async with timeouts.timeout(timeout):
                await joined
        except TimeoutError:
            import warnings
            warnings.warn("The executor did not finishing joining "
                          f"its threads within {timeout} seconds.", RuntimeWarning, stacklevel=2)
            pool.shutdown(wait=False)
        else:
            joiner.join()

    def _join_executor(self, pool, joined):
        try:
            pool.shutdown(wait=True)
        except Exception as error:
            if not self._closed and not joined.cancelled():
                self.call_soon_threadsafe(joined.set_exception, error)
        else:
            if not self._closed:
                self.call_soon_threadsafe(futures._set_result_unless_cancelled, joined, None)

    # -- scheduling ------------------------------------------------------------------------

    def _check_callback(self, callback, method):
        # Debug mode only: catch the classic mistakes early.
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _new_handle(self, callback, args, context, method):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, method)
        return events.Handle(callback, args, self, context)

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) in the next iteration, after the callbacks queued before."""
        handle = self._new_handle(callback, args, context, 'call_soon')
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon for other threads and interrupt handlers; wakes the loop up."""
        handle = self._new_handle(callback, args, context, 'call_soon_threadsafe')
        owner = self._thread_id
        if owner is None or owner == _compat.get_ident():
            self._ready.append(handle)
        else:
            self._inbox.put(handle)
        self._backend.wake()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) *delay* seconds from now; a TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at loop time *when*; a TimerHandle."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, method='call_at')
        due = events.TimerHandle(when, callback, args, self, context)
        self._timers.add(due)
        return due

    def _timer_handle_cancelled(self, handle):
        # TimerHandle.cancel() reports here, so the heap knows how much of it is dead.
        if handle._scheduled:
            self._timers.cancelled += 1

    # -- sources watched by the backend ----------------------------------------------------

    def _watch(self, table, source, callback, args, register):
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        table[source] = handle
        register(source, _BackendToken(handle))

    def _unwatch(self, table, source, unregister):
        handle = table.pop(source, None)
        if handle is None:
            return False
        handle.cancel()
        if unregister is not None:
            unregister(source)
        return True

    def add_reader(self, source, callback, *args):
        """Call callback(*args) whenever the backend finds *source* readable."""
        self._check_closed()
        self.remove_reader(source)
        self._watch(self._readers, source, callback, args, self._backend.add_reader)

    def remove_reader(self, source):
        """Stop watching *source* for reading; whether it was watched."""
        return self._unwatch(self._readers, source, self._backend.remove_reader)

    def add_writer(self, source, callback, *args):
        """Call callback(*args) whenever the backend finds *source* writable."""
        self._check_closed()
        register = getattr(self._backend, 'add_writer', None)
        if register is None:
            raise NotImplementedError('this event loop backend does not watch writability')
        self.remove_writer(source)
        self._watch(self._writers, source, callback, args, register)

    def remove_writer(self, source):
        """Stop watching *source* for writing; whether it was watched."""
        return self._unwatch(self._writers, source, getattr(self._backend, 'remove_writer', None))

    # -- errors ----------------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Use handler(loop, context) for errors; None: default_exception_handler."""
        if not (handler is None or callable(handler)):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Write the context to sys.stderr as CPython's asyncio logger shows it."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        lines += [f'{key}: {context[key]!r}' for key in sorted(context)
                  if key != 'message' and key != 'exception']
        _report('\n'.join(lines), context.get('exception'))

    def call_exception_handler(self, context):
        """Pass an error context to the handler set, or to the default one."""
        handler = self._exception_handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as failure:
                _report('Exception in default exception handler', failure)
            return
        try:
            run_in = _context_of(context)
            if run_in is None:
                handler(self, context)
            else:
                run_in.run(handler, self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as failure:
            # The handler itself failed: say so through the default handler.
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': failure,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as worse:
                _report('Exception in default exception handler while handling an '
                        'unexpected error in custom exception handler', worse)

    # -- one iteration ---------------------------------------------------------------------

    def _run_once(self):
        """Wait for the next timer, source or wake-up, then run what was ready by then.

        Callbacks scheduled by these run in the next iteration, which gives tasks the same
        interleaving as in CPython.
        """
        timers = self._timers
        timers.forget_cancelled()
        self._ready.extend(self._inbox.drain())
        if self._stopping or self._ready:
            timeout = 0
        else:
            deadline = timers.first_deadline()
            timeout = (None if deadline is None
                       else min(max(deadline - self.time(), 0), _backend.MAXIMUM_WAIT))
        for token in self._backend.wait(timeout) or ():
            self._queue_token(token)
        self._ready.extend(self._inbox.drain())
        self._ready.extend(timers.pop_due(self.time() + self._clock_resolution))
        queue = self._ready
        for _ in range(len(queue)):
            handle = queue.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._run()
            finally:
                self._current_handle = None
        handle = None  # no reference to the last callback between iterations

    def _queue_token(self, token):
        # A token is ours (a reader's or writer's handle) or, for backends' own use, a
        # plain callable.
        target = token.handle if isinstance(token, _BackendToken) else token
        if not isinstance(target, events.Handle):
            self._ready.append(events.Handle(target, (), self, None))
        elif not target._cancelled:
            self._ready.append(target)


class EventLoop(BaseEventLoop):
    """The event loop asyncio.new_event_loop() makes (on Pyjama and in tests alike)."""


def _context_of(context):
    # A custom handler runs in the context of the task, future or handle it is about.
    owner = context.get('task') or context.get('future') or context.get('handle')
    getter = getattr(owner, 'get_context', None)
    found = None if getter is None else getter()
    return found if hasattr(found, 'run') else None


def _report(message, exception=None):
    """Write an error report as logging's last-resort handler does: message, traceback."""
    text = message
    if exception is not None:
        try:
            import traceback
            shown = ''.join(traceback.format_exception(type(exception), exception,
                                                       exception.__traceback__))
        except Exception:
            shown = f'{type(exception).__name__}: {exception}\n'
        text += '\n' + shown.rstrip('\n')
    out = sys.stderr
    if out is None:
        return
    try:
        out.write(text + '\n')
        if hasattr(out, 'flush'):
            out.flush()
    except Exception:
        pass
