"""asyncio.to_thread: not available on Pyjama (no threads)."""

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    raise NotImplementedError('asyncio.to_thread() is not available on Pyjama: there are no '
                              'threads; run blocking work directly or split it with await')
