# asyncio locks: a waiter cancelled after it was handed the lock/permit passes it on, fairness
# against newcomers, Condition.wait cancelled while waiting re-takes the lock, Barrier reset
# and the reprs of each state (addresses masked).
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def hold(prim, name, log, pause=0):
    try:
        async with prim:
            log.append(name + ' in')
            for _ in range(pause):
                await asyncio.sleep(0)
        log.append(name + ' out')
    except asyncio.CancelledError:
        log.append(name + ' cancelled')


async def lock_part():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    ts = [asyncio.create_task(hold(lock, n, log)) for n in 'abc']
    await asyncio.sleep(0)
    print(r(lock))
    lock.release()              # hands the lock to a
    ts[0].cancel()              # ... who is cancelled before running: b gets it
    print(r(lock), lock.locked())
    await asyncio.gather(*ts)
    print(log, r(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)


async def semaphore_part():
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()
    ts = [asyncio.create_task(hold(sem, n, log)) for n in 'xyz']
    await asyncio.sleep(0)
    print(r(sem), sem.locked())
    sem.release()
    ts[0].cancel()
    await asyncio.gather(*ts)
    print(log, r(sem))
    b = asyncio.BoundedSemaphore(2)
    print(r(b))
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)


async def condition_part():
    cond = asyncio.Condition()
    log = []

    async def waiter(name):
        async with cond:
            try:
                await cond.wait()
                log.append(name + ' notified')
            except asyncio.CancelledError:
                log.append(name + ' cancelled, locked=' + str(cond.locked()))
                raise

    ts = [asyncio.create_task(waiter(n)) for n in 'pq']
    await asyncio.sleep(0)
    print(r(cond))
    ts[0].cancel()
    async with cond:
        cond.notify_all()
        print(r(cond))
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(log, [type(x).__name__ for x in res], r(cond))
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with shared:
        print(c2.locked(), r(c2))


async def barrier_part():
    bar = asyncio.Barrier(3)
    out = []

    async def arrive(name):
        try:
            out.append((name, await bar.wait()))
        except asyncio.BrokenBarrierError as e:
            out.append((name, repr(e)))

    ts = [asyncio.create_task(arrive(n)) for n in 'ab']
    await asyncio.sleep(0)
    print(r(bar), bar.n_waiting)
    await bar.reset()
    await asyncio.gather(*ts)
    print(out, r(bar))
    out.clear()
    ts = [asyncio.create_task(arrive(n)) for n in 'cde']
    await asyncio.gather(*ts)
    print(sorted(x[1] for x in out), r(bar), bar.broken)
    async with asyncio.Barrier(1) as idx:
        print('index', idx)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)


async def event_part():
    ev = asyncio.Event()
    ts = [asyncio.create_task(ev.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    print(r(ev))
    ev.set()
    print(r(ev), await asyncio.gather(*ts))
    ev.clear()
    print(r(ev), ev.is_set())


async def main():
    await lock_part()
    await semaphore_part()
    await condition_part()
    await barrier_part()
    await event_part()


asyncio.run(main())
