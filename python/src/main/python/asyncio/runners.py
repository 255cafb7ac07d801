"""asyncio.run() and Runner: run a coroutine on a fresh loop, then tidy up."""

__all__ = ('Runner', 'run')

from . import _compat
from . import coroutines
from . import events
from . import exceptions
from . import tasks


class Runner:
    """One loop shared by several top-level run() calls in one context, closed on exit.

    Closing cancels the tasks left over and waits for them, then finalises async generators
    and the default executor before the loop itself is closed.
    """

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._make_loop = loop_factory
        self._loop = None           # made on first use, None again once closed
        self._closed = False
        self._context = None
        self._owns_current_loop = False  # we called set_event_loop and must undo it
        self._interrupts = 0

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        return self._ensure_loop()

    def run(self, coro, *, context=None):
        """Run *coro* as a task on this runner's loop (in its context unless given one)."""
        if coroutines.iscoroutine(coro) is False:
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop():
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        loop = self._ensure_loop()
        main = loop.create_task(coro, context=self._context if context is None else context)
        self._interrupts = 0
        try:
            return loop.run_until_complete(main)
        except exceptions.CancelledError:   # cancelled by interrupt() or by the program
            # A cancellation we made for Ctrl-C surfaces as KeyboardInterrupt.
            if self._interrupts and main.uncancel() == 0:
                raise KeyboardInterrupt()
            raise

    def close(self):
        loop = self._loop
        if loop is None:
            return
        try:
            _cancel_all_tasks(loop)
            for cleanup in (loop.shutdown_asyncgens(), loop.shutdown_default_executor(300)):
                loop.run_until_complete(cleanup)
        finally:
            if self._owns_current_loop:
                events.set_event_loop(None)
                self._owns_current_loop = False
            loop.close()
            self._loop = None
            self._closed = True

    def interrupt(self, main_task):
        """What Ctrl-C does (the kernel's console may call it): cancel the main task first,
        a second interrupt raises KeyboardInterrupt at once."""
        self._interrupts += 1
        if self._interrupts > 1 or main_task.done():
            raise KeyboardInterrupt()
        main_task.cancel()
        self._loop.call_soon_threadsafe(lambda: None)   # wake a loop blocked in select

    def _ensure_loop(self):
        if self._closed:
            raise RuntimeError('Runner is closed')
        if self._loop is None:
            if self._make_loop is not None:
                loop = self._make_loop()
            else:
                loop = events.new_event_loop()
                events.set_event_loop(loop)
                self._owns_current_loop = True
            if self._debug is not None:
                loop.set_debug(self._debug)
            self._context = _compat.copy_context()
            self._loop = loop
        return self._loop


def run(main, *, debug=None, loop_factory=None):
    """Run the coroutine *main* on a new event loop, close the loop, return main's result."""
    if events._get_running_loop():
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    runner = Runner(debug=debug, loop_factory=loop_factory)
    with runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    """Cancel what the program left running and report errors other than the cancellation."""
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        error = None if task.cancelled() else task.exception()
        if error is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': error,
                'task': task,
            })
