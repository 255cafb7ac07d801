# Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier: states, errors and fairness.
import asyncio
import re


def clean(text):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', text)


async def main():
    lock = asyncio.Lock()
    print(clean(repr(lock)), lock.locked())
    async def holder(name, turns):
        async with lock:
            print(name, 'has the lock')
            for _ in range(turns):
                await asyncio.sleep(0)
            print(name, 'releases')
    await asyncio.gather(holder('A', 2), holder('B', 0), holder('C', 1))
    await lock.acquire()
    t = asyncio.create_task(holder('D', 0))
    await asyncio.sleep(0)
    print(clean(repr(lock)))
    lock.release()
    await t
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    # a waiter cancelled while queued does not block the others
    await lock.acquire()
    w1 = asyncio.create_task(holder('W1', 0))
    w2 = asyncio.create_task(holder('W2', 0))
    await asyncio.sleep(0)
    w1.cancel()
    lock.release()
    await asyncio.gather(w1, w2, return_exceptions=True)
    print('w1 cancelled', w1.cancelled())

    ev = asyncio.Event()
    print(clean(repr(ev)), ev.is_set())
    async def waiter(n):
        print('waiter', n, 'waiting')
        await ev.wait()
        print('waiter', n, 'woke')
    ws = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(clean(repr(ev)))
    ev.set()
    ev.set()
    print(clean(repr(ev)))
    await asyncio.gather(*ws)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print('consumer', n, 'took', items.pop(0))
    cs = [asyncio.create_task(consumer(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(clean(repr(cond)))
    async with cond:
        items.extend('ab')
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        items.append('c')
        cond.notify_all()
    await asyncio.gather(*cs)
    for fn in (cond.notify, cond.wait):
        try:
            r = fn()
            if asyncio.iscoroutine(r):
                await r
        except RuntimeError as e:
            print('RuntimeError:', e)
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with c2:
        print('shared lock held', shared.locked())

    sem = asyncio.Semaphore(2)
    print(clean(repr(sem)))
    async def limited(n):
        async with sem:
            print('in', n, 'value', sem._value)
            for _ in range(3 - n % 3):
                await asyncio.sleep(0)
            print('out', n)
    await asyncio.gather(*(limited(n) for n in range(5)))
    print(clean(repr(sem)), sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    print(bs.locked())
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)
    s0 = asyncio.Semaphore(0)
    order = []
    async def s_waiter(n):
        await s0.acquire()
        order.append(n)
    sws = [asyncio.create_task(s_waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    s0.release()
    s0.release()
    s0.release()
    await asyncio.gather(*sws)
    print('semaphore order', order)

    barrier = asyncio.Barrier(3)
    print(clean(repr(barrier)), barrier.parties, barrier.n_waiting, barrier.broken)
    async def party(n):
        print('party', n, 'arrives')
        index = await barrier.wait()
        print('party', n, 'passes with index', index)
    await asyncio.gather(*(party(n) for n in range(3)))
    print(clean(repr(barrier)))
    async def party2(n):
        async with barrier as index:
            print('ctx party', n, index)
    await asyncio.gather(*(party2(n) for n in range(3)))
    t = asyncio.create_task(party(9))
    await asyncio.sleep(0)
    print(clean(repr(barrier)), barrier.n_waiting)
    await barrier.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError:', e, barrier.broken)
    print(clean(repr(barrier)))
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError:', e)
    await barrier.reset()
    print(clean(repr(barrier)))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
