"""The interactive session's loop, for top-level ``await`` at the Pyjama prompt.

The interpreter compiles a prompt line that contains ``await`` into a coroutine and hands it to
run(): the session loop (created on first use and kept open, so tasks started at one prompt line
go on running during later ones) runs it to completion and returns its result.  poll() lets the
console run the callbacks that are ready between lines without blocking.

run_program() is for scripts with top-level ``await`` (the shell's /bin commands): a program gets
a fresh loop of its own, as with asyncio.run, so its tasks end with it and never mix with the
prompt's.
"""

__all__ = ('get_loop', 'run', 'run_program', 'poll', 'close')

from . import events
from . import exceptions
from . import futures
from . import runners
from . import tasks

_loop = None


def get_loop():
    """The session loop, created and made the current event loop on first use."""
    global _loop
    if _loop is None or _loop.is_closed():
        _loop = events.new_event_loop()
        events.set_event_loop(_loop)
    return _loop


def run(coro):
    """Run a coroutine (or await a Future) on the session loop; return its result.

    A KeyboardInterrupt (Ctrl-C) raised while the coroutine is suspended (the loop waiting, or
    running another task) ends the statement all the same: its task is cancelled and the loop
    runs until the task has finished (its ``finally`` blocks and ``async with`` exits run; a
    second Ctrl-C stops waiting for them), then the KeyboardInterrupt propagates.
    """
    loop = get_loop()
    new_task = not futures.isfuture(coro)
    task = tasks.ensure_future(coro, loop=loop)
    if new_task:
        task._log_destroy_pending = False
    try:
        return loop.run_until_complete(task)
    except KeyboardInterrupt:
        if not task.done():
            _cancel_and_wait(loop, task)
        raise
    finally:
        if new_task and task.done() and not task.cancelled():
            task.exception()  # whatever it raised propagates from here: do not also log it


def _cancel_and_wait(loop, task):
    task.cancel()
    try:
        loop.run_until_complete(task)
    except (exceptions.CancelledError, KeyboardInterrupt):
        pass
    except Exception:
        pass  # its clean-up failed; the interrupt is what the user is told about


def run_program(coro):
    """Run a program's top-level coroutine on a fresh loop, as asyncio.run does; return its result.

    The program's leftover tasks are cancelled and its async generators closed when it ends.  If
    a loop is running (a script started from a prompt line that awaits), it is set aside while
    the program runs, and waits for it as for any blocking call; the session loop stays the
    current event loop afterwards.
    """
    running = events._get_running_loop()
    events._set_running_loop(None)
    try:
        return runners.run(coro)
    finally:
        events._set_running_loop(running)
        if _loop is not None and not _loop.is_closed():
            events.set_event_loop(_loop)


def poll():
    """Run the callbacks ready now (including timers due now) once, without waiting."""
    loop = get_loop()
    loop.call_soon(loop.stop)
    loop.run_forever()


def close():
    """Cancel the session's tasks and close its loop (at logout or shutdown)."""
    global _loop
    if _loop is None or _loop.is_closed():
        return
    from .runners import _cancel_all_tasks
    try:
        _cancel_all_tasks(_loop)
        _loop.run_until_complete(_loop.shutdown_asyncgens())
    finally:
        events.set_event_loop(None)
        _loop.close()
        _loop = None
