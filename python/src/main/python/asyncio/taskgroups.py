"""asyncio.TaskGroup (3.11): tasks that finish together; the first error cancels the rest."""

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import tasks


def _fatal(error):
    # Errors that must not be wrapped in the group: they end the program, so they win.
    return isinstance(error, (KeyboardInterrupt, SystemExit))


class TaskGroup:
    """Async context manager owning child tasks; their errors come out as one exception group.

    The first child failure cancels the other children and the parent task (at its current
    await, in the body or in __aexit__); __aexit__ waits for every child, then raises
    BaseExceptionGroup('unhandled errors in a TaskGroup', errors).
    """

    def __init__(self):
        self._loop = None
        self._parent = None
        self._children = set()
        self._errors = []
        self._fatal_error = None      # a KeyboardInterrupt/SystemExit, re-raised as is
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._we_cancelled_parent = False
        self._all_done = None         # future __aexit__ sleeps on until the children end

    def __repr__(self):
        words = []
        if self._children:
            words.append(f'tasks={len(self._children)}')
        if self._errors:
            words.append(f'errors={len(self._errors)}')
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return '<TaskGroup' + ''.join(' ' + w for w in words) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._loop = self._loop or events.get_running_loop()
        self._parent = tasks.current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc
        # A CancelledError from the body goes on outward unless it was our own doing.
        outer_cancel = exc if et is exceptions.CancelledError else None
        if self._we_cancelled_parent and self._parent.uncancel() == 0:
            outer_cancel = None
        if et is not None and not self._aborting:
            self._cancel_children()
        while self._children:
            self._all_done = self._all_done or self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as cancel:
                # Cancelled from outside while waiting: pass it on once the children end.
                if not self._aborting:
                    outer_cancel = cancel
                    self._cancel_children()
            self._all_done = None
        if self._fatal_error is not None:
            raise self._fatal_error
        if outer_cancel is not None and not self._errors:
            raise outer_cancel
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            collected, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', collected) from None

    def create_task(self, coro, *, name=None, context=None):
        """Start *coro* as a child task of this group and return the task."""
        problem = None
        if not self._entered:
            problem = 'has not been entered'
        elif self._exiting and not self._children:
            problem = 'is finished'
        elif self._aborting:
            problem = 'is shutting down'
        if problem is not None:
            raise RuntimeError(f'TaskGroup {self!r} {problem}')
        if context is None:
            child = self._loop.create_task(coro)
        else:
            child = self._loop.create_task(coro, context=context)
        tasks._set_task_name(child, name)
        # An eager task factory may have run the task to its end already.
        if child.done():
            self._child_finished(child)
        else:
            self._children.add(child)
            child.add_done_callback(self._child_finished)
        return child

    def _cancel_children(self):
        self._aborting = True
        for child in self._children:
            if not child.done():
                child.cancel()

    def _child_finished(self, child):
        self._children.discard(child)
        waiter = self._all_done
        if waiter is not None and not self._children and not waiter.done():
            waiter.set_result(True)
        error = None if child.cancelled() else child.exception()
        if error is None:
            return
        self._errors.append(error)
        if _fatal(error) and self._fatal_error is None:
            self._fatal_error = error
        if self._parent.done():
            # Nobody is left to raise it to; report it like an unretrieved task error.
            self._loop.call_exception_handler({
                'message': f'Task {child!r} has errored out but its parent '
                           f'task {self._parent} is already completed',
                'exception': error,
                'task': child,
            })
        elif not self._aborting and not self._we_cancelled_parent:
            self._cancel_children()
            self._we_cancelled_parent = True
            self._parent.cancel()
