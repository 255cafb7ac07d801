"""The interactive session's loop, for top-level ``await`` at the Pyjama prompt.

The interpreter compiles a prompt line that contains ``await`` into a coroutine and hands it to
run(): the session loop (created on first use and kept open, so tasks started at one prompt line
go on running during later ones) runs it to completion and returns its result.  poll() lets the
console run the callbacks that are ready between lines without blocking.
"""

__all__ = ('get_loop', 'run', 'poll', 'close')

from . import events

_loop = None


def get_loop():
    """The session loop, created and made the current event loop on first use."""
    global _loop
    if _loop is None or _loop.is_closed():
        _loop = events.new_event_loop()
        events.set_event_loop(_loop)
    return _loop


def run(coro):
    """Run a coroutine (or await a Future) on the session loop; return its result."""
    return get_loop().run_until_complete(coro)


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
