"""Task (a coroutine driven by the event loop) and the functions that combine awaitables."""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'current_task', 'all_tasks',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

from . import _compat
from . import coroutines
from . import events
from . import exceptions
from . import futures

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_task_name_counter = 0


def _next_task_name():
    global _task_name_counter
    _task_name_counter += 1
    return f'Task-{_task_name_counter}'


# Tasks not yet done (weakly held where weak references exist), and the task each loop runs.
_scheduled_tasks = _compat.WeakSet()
_current_tasks = {}


def current_task(loop=None):
    """Return the currently running task, or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Return the set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in list(_scheduled_tasks)
            if futures._get_loop(task) is loop and not task.done()}


def _register_task(task):
    _scheduled_tasks.add(task)


def _unregister_task(task):
    _scheduled_tasks.discard(task)


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {running!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task {running!r}.')
    del _current_tasks[loop]


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


def _task_repr(task):
    info = futures._future_repr_info(task)
    if task.cancelling() and not task.done():
        info[0] = 'cancelling'
    info.insert(1, f'name={task.get_name()!r}')
    if task._fut_waiter is not None:
        info.insert(2, f'wait_for={task._fut_waiter!r}')
    if task._coro:
        info.insert(2, f'coro=<{coroutines._format_coroutine(task._coro)}>')
    return f"<{type(task).__name__} {' '.join(info)}>"


class Task(futures.Future):
    """A coroutine wrapped in a Future and stepped by the event loop.

    Each step sends into (or throws into) the coroutine until it yields a Future to wait on; the
    task then sleeps until that Future's done-callback (_wakeup) schedules the next step.
    Cancellation is a CancelledError thrown in at the await where the coroutine is suspended.
    """

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._name = _next_task_name() if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = _compat.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        _register_task(self)

    def __del__(self):
        if (self._state == futures._PENDING and self._log_destroy_pending
                and self._loop is not None):
            self._loop.call_exception_handler({
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            })
        super().__del__()

    def __repr__(self):
        return _task_repr(self)

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """The frames of the suspended coroutine (only the innermost await chain's top)."""
        frames = []
        frame = getattr(self._coro, 'cr_frame', None) or getattr(self._coro, 'gi_frame', None)
        if frame is not None:
            frames.append(frame)
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None:
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:-limit]
        return frames

    def cancel(self, msg=None):
        """Ask the task to cancel itself: CancelledError is thrown in at its next step."""
        self._log_traceback_flag = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The waiter's callback wakes us with a CancelledError.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            self._step_run_and_handle_result(exc)
        finally:
            _leave_task(self._loop, self)
            if self.done():
                _unregister_task(self)
            self = None  # drop the cycle through a traceback

    def _step_run_and_handle_result(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # Cancelled right before the coroutine returned.
                self._must_cancel = False
                self._finish_cancelled(self._cancel_message)
            else:
                self._finish_result(stop.value)
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = cancelled  # re-raised as is by result()
            self._finish_cancelled()
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finish_exception(fatal)
            raise
        except BaseException as error:
            _drop_own_frame(error)
            self._finish_exception(error)
        else:
            self._handle_yield(result)
        finally:
            self = None

    def _handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                new_exc = RuntimeError(f'Task {self!r} got Future {result!r} '
                                       f'attached to a different loop')
            elif not blocking:
                new_exc = RuntimeError(f'yield was used instead of yield from in task '
                                       f'{self!r} with {result!r}')
            elif result is self:
                new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
                return
        elif result is None:
            # A bare yield (sleep(0)): give every other ready callback one turn.
            self._loop.call_soon(self._step, context=self._context)
            return
        elif type(result).__name__ == 'generator':
            new_exc = RuntimeError(f'yield was used instead of yield from for generator in '
                                   f'task {self!r} with {result!r}')
        else:
            new_exc = RuntimeError(f'Task got bad yield: {result!r}')
        self._loop.call_soon(self._step, new_exc, context=self._context)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()
        self = None

    # Shown in Future reprs as CPython shows its C Task's wake-up callback.
    _wakeup.__qualname__ = 'Task.task_wakeup'


_STEP_CODE = Task._step_run_and_handle_result.__code__


def _drop_own_frame(error):
    """Start the error's traceback at the coroutine, as with CPython's C Task (no asyncio frame)."""
    tb = getattr(error, '__traceback__', None)
    if tb is not None and getattr(tb.tb_frame, 'f_code', None) is _STEP_CODE:
        error.__traceback__ = tb.tb_next


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine on the running loop as a Task and return the Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    """Return a Future for a Future, a coroutine (wrapped in a Task) or another awaitable."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    should_close = True
    if not coroutines.iscoroutine(coro_or_future):
        if coroutines.isawaitable(coro_or_future):
            awaitable = coro_or_future

            async def _wrap_awaitable(awaitable):
                return await awaitable

            coro_or_future = _wrap_awaitable(awaitable)
            should_close = False
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if should_close:
            coro_or_future.close()
        raise


class _Sleep0:
    """Awaiting this yields None once: the Task reschedules itself behind the ready queue."""
    __slots__ = ()

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Coroutine that completes after ``delay`` seconds, returning ``result``."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures/Tasks in ``fs``; return the sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def _on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION
                and not f.cancelled() and f.exception() is not None):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()

    def cb(_fut):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Await ``fut`` for at most ``timeout`` seconds; cancel it and raise TimeoutError after."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError from exc
    from . import timeouts
    async with timeouts.timeout(timeout):
        return await fut


def as_completed(fs, *, timeout=None):
    """Iterate over awaitables that each yield the next result in order of completion."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    done = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # each pending _wait_for_one raises TimeoutError
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # the timeout came first
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            # The children's callbacks finish the outer future; it becomes cancelled then.
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; the result is the list of their results, in order."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # mark the exception as retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == count:
            results = []
            for child in children:
                if child.cancelled():
                    message = child._cancel_message
                    res = exceptions.CancelledError('' if message is None else message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    count = 0
    finished = 0
    done_futs = []
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # A Task made here: its result is reported through the outer future.
                fut._log_destroy_pending = False
            count += 1
            arg_to_fut[arg] = fut
            if fut.done():
                done_futs.append(fut)
            else:
                fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    for fut in done_futs:
        _done_callback(fut)
    return outer


def shield(arg):
    """Protect an awaitable from cancellation of the task awaiting it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # mark it retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer
