# wait() with each return_when, as_completed(), gather() with errors and cancellation.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    mk = lambda n, d, f=False: asyncio.create_task(job(n, d, f), name=n)
    ts = [mk('a', 0.03), mk('b', 0.001), mk('c', 0.06)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(type(done).__name__, names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending))
    ts = [mk('ok', 0.001), mk('boom', 0.005, True), mk('long', 0.05)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.001)
    print('timeout', names(done), names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(ts)
    print([t.cancelled() for t in ts])
    ts[1].exception()
    for bad in ([], job('x', 0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    bad.close()
    c = job('x', 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print('TypeError', e)
    c.close()
    try:
        await asyncio.wait([mk('z', 0)], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError', e)
    await asyncio.sleep(0)

    # as_completed: in completion order
    for coro in asyncio.as_completed([job('third', 0.06), job('first', 0.001), job('second', 0.03)]):
        print('as_completed', await coro)
    try:
        for coro in asyncio.as_completed([job('quick', 0.001), job('slowpoke', 1)], timeout=0.02):
            print('as_completed', await coro)
    except TimeoutError:
        print('as_completed timed out')
    try:
        for coro in asyncio.as_completed([job('fails', 0.001, True)]):
            await coro
    except ValueError as e:
        print('as_completed error', e)

    # gather
    print(await asyncio.gather())
    print(await asyncio.gather(job('x', 0.002), job('y', 0.001), asyncio.sleep(0, 'z')))
    print(await asyncio.gather(job('ok', 0), job('bad', 0, True), return_exceptions=True))
    try:
        await asyncio.gather(job('ok', 0), job('bad', 0, True), job('later', 0.01))
    except ValueError as e:
        print('gather raised', e)
    f = asyncio.get_running_loop().create_future()
    f.set_result('pre-done')
    print(await asyncio.gather(f, f, job('after', 0)))
    # cancelling gather cancels its children
    children = [mk('c1', 1), mk('c2', 1)]
    g = asyncio.gather(*children)
    await asyncio.sleep(0)
    print('gather.cancel', g.cancel('enough'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', repr(e), [c.cancelled() for c in children])
    # a cancelled child with return_exceptions shows up as a CancelledError result
    children = [mk('k1', 0.001), mk('k2', 1)]
    g = asyncio.gather(*children, return_exceptions=True)
    await asyncio.sleep(0)
    children[1].cancel('child msg')
    print([repr(r) for r in await g])
    # ... and without return_exceptions it cancels the outer future
    children = [mk('m1', 1), mk('m2', 1)]
    g = asyncio.gather(*children)
    await asyncio.sleep(0)
    children[0].cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('outer gather cancelled', g.cancelled(), children[1].done())
    children[1].cancel()
    await asyncio.sleep(0)
    print(g.done(), g.cancel())

    # the task awaiting gather gets cancelled: children are cancelled
    children = [mk('n1', 1), mk('n2', 1)]
    async def waiter():
        return await asyncio.gather(*children)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled', [c.cancelled() for c in children])

asyncio.run(main())
