# Queue, PriorityQueue, LifoQueue: ordering, bounds, blocking producers/consumers, join().
import asyncio


async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full(), str(q))
    for i in range(3):
        q.put_nowait(i)
    print(str(q), q.qsize(), q.get_nowait(), str(q))
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    b = asyncio.Queue(maxsize=1)
    b.put_nowait('x')
    print(b.full(), str(b))
    try:
        b.put_nowait('y')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z')]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for item in 'abc':
        lq.put_nowait(item)
    print([await lq.get() for _ in range(3)], str(lq))

    # bounded producer/consumer: who runs when
    q = asyncio.Queue(maxsize=2)
    async def producer(name, items):
        for item in items:
            print(f'{name} putting {item}')
            await q.put(item)
            print(f'{name} put {item}')
        print(f'{name} done')
    async def consumer(name, n):
        for _ in range(n):
            item = await q.get()
            print(f'{name} got {item}')
            await asyncio.sleep(0)
            q.task_done()
    await asyncio.gather(producer('P1', range(3)), producer('P2', 'ab'), consumer('C1', 2), consumer('C2', 3))
    await q.join()
    print('joined', str(q))

    # join waits for task_done
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    async def worker():
        while True:
            item = await q.get()
            await asyncio.sleep(0.001)
            print('processed', item)
            q.task_done()
    w = asyncio.create_task(worker())
    await q.join()
    print('all processed', q.empty())
    w.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

    # a cancelled getter does not lose an item
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait('only')
    g1.cancel()
    await asyncio.sleep(0)
    print(g1.cancelled(), g2.done() and g2.result(), str(q))

    # getters are served first come, first served
    q = asyncio.Queue()
    async def getter(n):
        print('getter', n, 'got', await q.get())
    gs = [asyncio.create_task(getter(n)) for n in range(3)]
    await asyncio.sleep(0)
    for item in 'xyz':
        q.put_nowait(item)
    await asyncio.gather(*gs)

asyncio.run(main())
