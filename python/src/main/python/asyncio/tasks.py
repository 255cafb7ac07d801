"""Tasks, which run coroutines on the loop, and the ways to combine awaitables: sleep, wait,
wait_for, as_completed, gather, shield.

A Task advances its coroutine one step per loop callback. A step ends when the coroutine
yields a future (the task then sleeps until that future's done-callback wakes it), yields
None (sleep(0): the task goes to the back of the ready queue), or finishes.
"""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'current_task', 'all_tasks',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

from . import _compat
from . import coroutines
from . import events
from . import exceptions
from . import futures

# return_when values of wait(); the strings are CPython's (concurrent.futures shares them).
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# --------------------------------------------------------------------------- bookkeeping

# One counter for the whole process: unnamed tasks are Task-1, Task-2, ...
_names_given = [0]


def _next_task_name():
    _names_given[0] += 1
    return 'Task-%d' % _names_given[0]


# Every task not yet finished (weakly, where weak references exist), and per loop the task
# whose step is running.
_live_tasks = _compat.WeakSet()
_running_step = {}


def _register_task(task):
    """Count *task* in all_tasks()."""
    _live_tasks.add(task)


def _unregister_task(task):
    """Stop counting *task* in all_tasks()."""
    _live_tasks.discard(task)


def _enter_task(loop, task):
    """Record that *task*'s step runs on *loop* now (for current_task())."""
    other = _running_step.get(loop)
    if other is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {other!r} is being executed.')
    _running_step[loop] = task


def _leave_task(loop, task):
    """Record that *task*'s step on *loop* is over."""
    other = _running_step.get(loop)
    if other is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task {other!r}.')
    del _running_step[loop]


def current_task(loop=None):
    """The task running on *loop* (default: the running loop), or None."""
    return _running_step.get(events.get_running_loop() if loop is None else loop)


def all_tasks(loop=None):
    """The set of unfinished tasks of *loop* (default: the running loop)."""
    owner = events.get_running_loop() if loop is None else loop
    return {t for t in list(_live_tasks) if not t.done() and futures._get_loop(t) is owner}


def _set_task_name(task, name):
    # Task factories may make tasks without a name= parameter: name them afterwards.
    if name is not None:
        task.set_name(name)


# --------------------------------------------------------------------------- Task

class Task(futures.Future):
    """A coroutine run by the event loop, which is also the Future of its outcome.

    cancel() does not stop the coroutine at once: it cancels the future the task waits on (or
    marks the task), and the coroutine sees CancelledError at its current await, where it may
    clean up, or even refuse. cancelling() counts the requests and uncancel() takes one back;
    timeout() and TaskGroup use the count to recognise their own cancellations.
    """

    _log_destroy_pending = True    # report 'destroyed but it is pending' from __del__

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._coro = coro
        self._name = _next_task_name() if name is None else str(name)
        self._context = _compat.copy_context() if context is None else context
        self._fut_waiter = None           # the future the coroutine awaits now
        self._must_cancel = False         # throw CancelledError in at the next step
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step, context=self._context)
        _register_task(self)

    def __del__(self):
        if (self._log_destroy_pending and self._loop is not None
                and self._state == futures._PENDING):
            self._loop.call_exception_handler(
                {'task': self, 'message': 'Task was destroyed but it is pending!'})
        super().__del__()

    def __repr__(self):
        words = futures._future_repr_info(self)
        if not self.done() and self._num_cancels_requested:
            words[0] = 'cancelling'
        extra = ['name=%r' % (self._name,)]
        if self._coro:
            extra.append('coro=<%s>' % coroutines._format_coroutine(self._coro))
        if self._fut_waiter is not None:
            extra.append('wait_for=%r' % (self._fut_waiter,))
        words[1:1] = extra
        return '<%s %s>' % (type(self).__name__, ' '.join(words))

    # -- simple accessors ---------------------------------------------------------------------

    def get_coro(self):
        """The coroutine the task runs."""
        return self._coro

    def get_context(self):
        """The contextvars.Context every step runs in."""
        return self._context

    def get_name(self):
        """The task's name: given, or Task-N."""
        return self._name

    def set_name(self, value):
        """Rename the task (any object, stored as str())."""
        self._name = str(value)

    # A task's outcome is its coroutine's: the public setters are refused.

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def get_stack(self, *, limit=None):
        """Frames of the task: the suspended coroutine's, or those of the exception it raised."""
        top = getattr(self._coro, 'cr_frame', None) or getattr(self._coro, 'gi_frame', None)
        if top is not None:
            stack = [top]
        else:
            stack = []
            tb = None if self._exception is None else self._exception.__traceback__
            while tb is not None:
                stack.append(tb.tb_frame)
                tb = tb.tb_next
        if limit is None:
            return stack
        # A positive limit keeps the newest frames, a negative one the oldest.
        return stack[-limit:] if limit > 0 else stack[:-limit]

    # -- cancellation -------------------------------------------------------------------------

    def cancel(self, msg=None):
        """Request cancellation; False if the task is already done."""
        self._log_traceback_flag = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiting_on = self._fut_waiter
        if waiting_on is None or not waiting_on.cancel(msg=msg):
            # Nothing to cancel under us: the next step throws the error in itself.
            self._cancel_message = msg
            self._must_cancel = True
        return True

    def cancelling(self):
        """How many cancel() requests are outstanding (not taken back by uncancel())."""
        return self._num_cancels_requested

    def uncancel(self):
        """Take back one cancel() request; return how many remain."""
        if self._num_cancels_requested:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    # -- running ------------------------------------------------------------------------------

    def _step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            self._must_cancel = False
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            self._advance(exc)
        finally:
            _leave_task(self._loop, self)
            if self.done():
                _unregister_task(self)
            self = None  # a traceback kept by the loop must not keep the task alive

    def _advance(self, exc):
        # Run the coroutine up to its next suspension and record how it stopped. The frame of
        # this method is cut from the tracebacks of the coroutine's errors (_drop_own_frame).
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as finished:
            if self._must_cancel:
                # cancel() came while the last step ran: the task ends cancelled anyway.
                self._must_cancel = False
                self._finish_cancelled(self._cancel_message)
            else:
                self._finish_result(finished.value)
        except exceptions.CancelledError as stopped:
            self._cancelled_exc = stopped  # result() re-raises this very error
            self._finish_cancelled()
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finish_exception(fatal)
            raise
        except BaseException as failure:
            _drop_own_frame(failure)
            self._finish_exception(failure)
        else:
            self._suspend_on(yielded)
        finally:
            self = None

    def _suspend_on(self, yielded):
        if yielded is None:
            # A bare yield: run again after everything that is ready now.
            self._loop.call_soon(self._step, context=self._context)
            return
        problem = _bad_yield(self, yielded)
        if problem is not None:
            self._loop.call_soon(self._step, problem, context=self._context)
            return
        yielded._asyncio_future_blocking = False
        yielded.add_done_callback(self._wakeup, context=self._context)
        self._fut_waiter = yielded
        if self._must_cancel and yielded.cancel(msg=self._cancel_message):
            self._must_cancel = False

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()
        self = None

    # CPython's C Task shows its wake-up callback under this name in Future reprs.
    _wakeup.__qualname__ = 'Task.task_wakeup'


def _bad_yield(task, yielded):
    """The RuntimeError for a value a task's coroutine must not yield; None for a future."""
    blocking = getattr(yielded, '_asyncio_future_blocking', None)
    if blocking is None:
        if type(yielded).__name__ == 'generator':
            return RuntimeError(f'yield was used instead of yield from for generator in '
                                f'task {task!r} with {yielded!r}')
        return RuntimeError(f'Task got bad yield: {yielded!r}')
    if futures._get_loop(yielded) is not task._loop:
        return RuntimeError(f'Task {task!r} got Future {yielded!r} attached to a different loop')
    if not blocking:
        return RuntimeError(f'yield was used instead of yield from in task {task!r} '
                            f'with {yielded!r}')
    if yielded is task:
        return RuntimeError(f'Task cannot await on itself: {task!r}')
    return None


_ADVANCE_CODE = Task._advance.__code__


def _drop_own_frame(error):
    """Start the error's traceback in the coroutine, as with CPython's C Task."""
    tb = getattr(error, '__traceback__', None)
    if tb is not None and getattr(tb.tb_frame, 'f_code', None) is _ADVANCE_CODE:
        error.__traceback__ = tb.tb_next


# --------------------------------------------------------------------------- making tasks

def create_task(coro, *, name=None, context=None):
    """Run *coro* as a Task on the running loop; return the Task."""
    loop = events.get_running_loop()
    extra = {} if context is None else {'context': context}
    task = loop.create_task(coro, **extra)
    _set_task_name(task, name)
    return task


async def _await_it(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A future for *coro_or_future*: itself if it is one, else a Task running it."""
    if futures.isfuture(coro_or_future):
        if loop is not None and futures._get_loop(coro_or_future) is not loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False    # the caller's own coroutine is closed if no task takes it
    if not coroutines.iscoroutine(coro_or_future):
        if not coroutines.isawaitable(coro_or_future):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _await_it(coro_or_future)
        wrapped = True
    target = events.get_event_loop() if loop is None else loop
    try:
        return target.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


class _YieldOnce:
    """Awaiting this yields None once, which makes the task step again after the others."""
    __slots__ = ()

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspend the task for *delay* seconds; return *result*."""
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = events.get_running_loop()
    alarm = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


# --------------------------------------------------------------------------- waiting

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _refuse_single(fs, what):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect {what} of futures, not {type(fs).__name__}')


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks in *fs*; return (done, pending), two sets.

    return_when: FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED. A timeout does not
    cancel anything; the unfinished ones are simply returned as pending.
    """
    _refuse_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    members = set(fs)
    if any(coroutines.iscoroutine(m) for m in members):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    return await _wait(members, timeout, return_when, events.get_running_loop())


async def _wait(fs, timeout, return_when, loop):
    enough = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, enough)
    unfinished = [len(fs)]

    def settle():
        if timer is not None:
            timer.cancel()
        _release_waiter(enough)

    def one_done(f):
        unfinished[0] -= 1
        if unfinished[0] <= 0 or return_when == FIRST_COMPLETED:
            settle()
        elif return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None:
            settle()

    for f in fs:
        f.add_done_callback(one_done)
    try:
        await enough
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    finished = {f for f in fs if f.done()}
    return finished, fs - finished


async def _cancel_and_wait(fut):
    # Cancel *fut* and return only once it has really finished (it may resist for a while).
    settled = events.get_running_loop().create_future()

    def on_done(_):
        _release_waiter(settled)

    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        await settled
    finally:
        fut.remove_done_callback(on_done)


async def wait_for(fut, timeout):
    """Await *fut*, but cancel it and raise TimeoutError after *timeout* seconds (None: never)."""
    if timeout is None or timeout > 0:
        from . import timeouts
        async with timeouts.timeout(timeout):
            return await fut
    # No time at all: a result that is there already still counts.
    fut = ensure_future(fut)
    if not fut.done():
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as cancelled:
            raise TimeoutError from cancelled
    return fut.result()


def as_completed(fs, *, timeout=None):
    """Iterate over awaitables that give the results of *fs* in the order they finish.

    After *timeout* seconds, the awaitables of the results still missing raise TimeoutError.
    """
    _refuse_single(fs, 'an iterable')
    from .queues import Queue
    arrivals = Queue()            # finished futures; None for each one timed out
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def arrived(f):
        if not todo:
            return                # the timeout came first and emptied todo
        todo.remove(f)
        arrivals.put_nowait(f)
        if timer is not None and not todo:
            timer.cancel()

    def timed_out():
        for f in todo:
            f.remove_done_callback(arrived)
            arrivals.put_nowait(None)
        todo.clear()

    async def next_result():
        f = await arrivals.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(arrived)
    if timeout is not None and todo:
        timer = loop.call_later(timeout, timed_out)
    for _ in range(len(todo)):
        yield next_result()


# --------------------------------------------------------------------------- gather, shield

class _GatheringFuture(futures.Future):
    """The future gather() returns; cancelling it cancels every child instead."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._cancel_requested = False
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        # Every child is asked (no short-circuit); the outer future is cancelled later, when
        # the children's callbacks report in.
        hits = [child.cancel(msg=msg) for child in self._children]
        if any(hits):
            self._cancel_requested = True
            return True
        return False


def _outcome_of(child):
    # What gather(return_exceptions=True) lists for a child.
    if child.cancelled():
        msg = child._cancel_message
        return exceptions.CancelledError('' if msg is None else msg)
    failure = child.exception()
    return child.result() if failure is None else failure


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; a future of the list of their results, in order.

    Without return_exceptions, the first error (or cancellation) of a child becomes the
    outcome and the other children keep running. With it, errors are listed as results.
    The same awaitable given twice runs once.
    """
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty

    loop = None
    by_arg = {}           # each distinct argument's future
    children = []         # in argument order, repeats included
    for arg in coros_or_futures:
        fut = by_arg.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            loop = futures._get_loop(fut) if loop is None else loop
            if fut is not arg:
                # Its outcome reaches the caller through the outer future; no
                # 'destroyed but pending' report for it.
                fut._log_destroy_pending = False
            by_arg[arg] = fut
        children.append(fut)
    outer = None
    tally = [0]

    def child_done(fut):
        tally[0] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()   # seen: no 'exception was never retrieved' for it
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            failure = fut.exception()
            if failure is not None:
                outer.set_exception(failure)
                return
        if tally[0] < len(by_arg):
            return
        if outer._cancel_requested:
            outer.set_exception(fut._make_cancelled_error())
        else:
            outer.set_result([_outcome_of(child) for child in children])

    already = []
    for fut in by_arg.values():
        if fut.done():
            already.append(fut)
        else:
            fut.add_done_callback(child_done)
    outer = _GatheringFuture(children, loop=loop)
    for fut in already:
        child_done(fut)
    return outer


def shield(arg):
    """A future that follows *arg* but whose cancellation does not reach *arg*."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def copy_inner(done_inner):
        if outer.cancelled():
            if not done_inner.cancelled():
                done_inner.exception()   # seen: nobody else will look
            return
        if done_inner.cancelled():
            outer.cancel()
            return
        failure = done_inner.exception()
        if failure is None:
            outer.set_result(done_inner.result())
        else:
            outer.set_exception(failure)

    def outer_gone(_):
        if not inner.done():
            inner.remove_done_callback(copy_inner)

    inner.add_done_callback(copy_inner)
    outer.add_done_callback(outer_gone)
    return outer
