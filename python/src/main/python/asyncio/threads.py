"""asyncio.to_thread: run a blocking call on the loop's default executor."""

__all__ = ('to_thread',)

from . import _compat
from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in a worker thread and await its result.

    The caller's contextvars context goes along, so context variables set in the coroutine
    are visible to func.  Without the VM's _thread, run_in_executor raises NotImplementedError.
    """
    context = _compat.copy_context()
    runner = lambda: context.run(func, *args, **kwargs)
    return await events.get_running_loop().run_in_executor(None, runner)
