# Locks, events, conditions, semaphores and barriers: reprs (addresses masked), ordering,
# error messages, and cancellation while waiting.
import asyncio
import re


def show(obj):
    print(re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj)))


async def lock_demo():
    lock = asyncio.Lock()
    show(lock)
    order = []

    async def worker(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0)

    await lock.acquire()
    show(lock)
    tasks = [asyncio.create_task(worker(i)) for i in range(3)]
    await asyncio.sleep(0)
    show(lock)
    lock.release()
    await asyncio.gather(*tasks)
    print('order', order, 'locked', lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)

    # A waiter cancelled while queued does not take the lock.
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    print('waiter cancelled', waiter.cancelled())
    lock.release()
    print('locked after release', lock.locked())


async def event_demo():
    ev = asyncio.Event()
    show(ev)
    got = []

    async def wait(n):
        got.append((n, await ev.wait()))

    ts = [asyncio.create_task(wait(i)) for i in range(2)]
    await asyncio.sleep(0)
    show(ev)
    ev.set()
    show(ev)
    await asyncio.gather(*ts)
    print('got', got, ev.is_set())
    ev.clear()
    print('cleared', ev.is_set())


async def condition_demo():
    cond = asyncio.Condition()
    show(cond)
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print('consumer', n, 'got', items.pop())

    ts = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    show(cond)
    for v in 'ab':
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)


async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    show(sem)
    active = []
    peak = [0]

    async def job(n):
        async with sem:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0)
            active.remove(n)

    await asyncio.gather(*(job(i) for i in range(5)))
    print('peak', peak[0], 'locked', sem.locked())
    await sem.acquire(); await sem.acquire()
    show(sem)
    sem.release(); sem.release()
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)


async def barrier_demo():
    barrier = asyncio.Barrier(3)
    show(barrier)
    results = []

    async def party(n):
        results.append(await barrier.wait())

    await asyncio.gather(*(party(i) for i in range(3)))
    print('indices', sorted(results), barrier.n_waiting, barrier.broken)
    show(barrier)
    t = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    await barrier.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', type(e).__mro__[1].__name__, barrier.broken)
    show(barrier)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)


async def main():
    await lock_demo()
    await event_demo()
    await condition_demo()
    await semaphore_demo()
    await barrier_demo()


asyncio.run(main())
