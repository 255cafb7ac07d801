# Error reports: the default handler's wording on stderr, custom handlers, and when reports happen.
import asyncio
import gc
import re
import sys


class Stderr:
    """Captures sys.stderr; show() prints the report without traceback frames (paths differ)."""

    def __enter__(self):
        self.parts = []
        self.saved = sys.stderr
        sys.stderr = self
        return self

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def __exit__(self, *exc):
        sys.stderr = self.saved

    def show(self, label):
        text = ''.join(self.parts).replace(__file__, 'FILE')
        text = re.sub(r' at \S*asyncio/\w+\.py:\d+', ' at ASYNCIO', text)
        text = re.sub(r' at 0x[0-9a-f]+', ' at ADDR', text)
        lines = [line for line in text.splitlines() if not line.startswith(' ')]
        print(f'--- {label}: {len(lines)} lines')
        for line in lines:
            print('  |', line)


async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


def bad_callback(x):
    raise KeyError(x)


async def main():
    loop = asyncio.get_running_loop()
    with Stderr() as err:
        t = asyncio.create_task(fails('never retrieved'))
        await asyncio.sleep(0.001)
        del t
        gc.collect()
    err.show('task exception never retrieved')

    with Stderr() as err:
        f = loop.create_future()
        f.set_exception(RuntimeError('future error'))
        del f
        gc.collect()
    err.show('future exception never retrieved')

    with Stderr() as err:
        f = loop.create_future()
        f.set_exception(RuntimeError('retrieved'))
        f.exception()
        del f
        t = asyncio.create_task(fails('awaited'))
        try:
            await t
        except ValueError:
            pass
        del t
        gc.collect()
    err.show('retrieved: nothing')

    with Stderr() as err:
        loop.call_soon(bad_callback, 'k')
        loop.call_soon(print, 'the loop goes on')
        await asyncio.sleep(0)
    err.show('exception in callback')

    with Stderr() as err:
        loop.call_exception_handler({'message': 'custom message', 'extra': [1, 2]})
        loop.call_exception_handler({})
        loop.call_exception_handler({'message': 'with exc', 'exception': OSError(2, 'nope')})
        loop.default_exception_handler({'message': 'direct', 'future': loop.create_future()})
    err.show('explicit calls')

    seen = []
    def handler(lp, context):
        seen.append((lp is loop, sorted(context), context['message'].replace(__file__, 'FILE'),
                     repr(context.get('exception'))))
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    with Stderr() as err:
        loop.call_soon(bad_callback, 'h')
        await asyncio.sleep(0)
        t = asyncio.create_task(fails('to handler'))
        await asyncio.sleep(0.001)
        del t
        gc.collect()
    err.show('with a custom handler')
    for item in seen:
        print('handler got', item)

    def broken_handler(lp, context):
        raise ZeroDivisionError('handler broke')
    loop.set_exception_handler(broken_handler)
    with Stderr() as err:
        loop.call_exception_handler({'message': 'original'})
    err.show('broken handler')
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print('TypeError:', e)
    loop.set_exception_handler(None)

asyncio.run(main())


async def leaves_failing_task():
    async def boom():
        try:
            await asyncio.sleep(10)
        finally:
            raise ValueError('failed while cancelled')
    asyncio.create_task(boom())
    await asyncio.sleep(0)

with Stderr() as err:
    asyncio.run(leaves_failing_task())
err.show('failing during run() shutdown')


async def pending_forever():
    await asyncio.sleep(10)

loop = asyncio.new_event_loop()
with Stderr() as err:
    t = loop.create_task(pending_forever())
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()
    del t
    gc.collect()
err.show('task destroyed pending')
