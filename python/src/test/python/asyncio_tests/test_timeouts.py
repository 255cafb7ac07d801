# wait_for, timeout(), timeout_at(): deadlines become TimeoutError; outer cancels still win.
import asyncio


async def slow(name, delay, result=None):
    try:
        await asyncio.sleep(delay)
        return result
    except asyncio.CancelledError:
        print(name, 'was cancelled')
        raise


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(slow('fast', 0.001, 'in time'), timeout=1))
    print(await asyncio.wait_for(slow('none', 0.001, 'no timeout'), None))
    try:
        await asyncio.wait_for(slow('late', 10), timeout=0.01)
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(slow('zero', 10), timeout=0)
    except TimeoutError as e:
        print('TimeoutError at 0', type(e.__cause__).__name__)
    t = asyncio.create_task(slow('task', 10))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print('task cancelled by wait_for', t.cancelled())
    done = loop.create_future()
    done.set_result('ready')
    print(await asyncio.wait_for(done, 0))
    try:
        await asyncio.wait_for(slow('raises', 0, None) if False else raiser(), 1)
    except ValueError as e:
        print('error passes through', e)

    # timeout()
    async with asyncio.timeout(1) as cm:
        print(type(cm).__name__, cm.expired(), cm.when() > loop.time())
        await asyncio.sleep(0)
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await slow('in timeout', 10)
    except TimeoutError as e:
        print('timeout() expired', cm.expired(), repr(cm), type(e.__cause__).__name__)
    print('cancelling after', asyncio.current_task().cancelling())
    async with asyncio.timeout(None) as cm:
        print('no deadline', cm.when(), repr(cm))
        cm.reschedule(loop.time() + 10)
        print('rescheduled', cm.when() > loop.time())
        cm.reschedule(None)
        await asyncio.sleep(0.001)
    print(repr(cm))
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print('rescheduled into the past expires at once', cm.expired())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        asyncio.timeout_at(1).reschedule(2)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at expired', cm.expired())
    cm = asyncio.timeout(1)
    print(repr(cm))
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

    # nested: the inner deadline fires first
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner expired')
            await asyncio.sleep(0)
            print('outer still fine')
    except TimeoutError:
        print('not reached')
    # nested: the outer deadline fires first
    try:
        async with asyncio.timeout(0.01) as outer:
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print('outer expired', outer.expired(), inner.expired())

    # an explicit cancel() inside a timeout is not turned into TimeoutError
    async def victim():
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('explicit cancel stays CancelledError')


async def raiser():
    raise ValueError('from coroutine')


asyncio.run(main())


async def outside_task():
    try:
        async with asyncio.timeout(1):
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(outside_task())
finally:
    loop.close()
