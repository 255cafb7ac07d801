"""High-level support for working with threads in asyncio: to_thread."""

__all__ = ('to_thread',)

from . import _compat
from . import events


async def to_thread(func, /, *args, **kwargs):
    """Asynchronously run function *func* in a separate thread.

    Any *args and **kwargs supplied for this function are directly passed to *func*. Also, the
    current :class:`contextvars.Context` is propagated, allowing context variables from the
    main thread to be accessed in the separate thread.

    Return a coroutine that can be awaited to get the eventual result of *func*.
    (NotImplementedError from run_in_executor on an interpreter without threads.)
    """
    loop = events.get_running_loop()
    ctx = _compat.copy_context()

    def func_call():
        return ctx.run(func, *args, **kwargs)

    return await loop.run_in_executor(None, func_call)
