# Queue, PriorityQueue and LifoQueue: reprs, errors, task_done/join, full/empty, cancellation.
import asyncio
import re


def show(obj):
    print(re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj)), '|', str(obj))


async def main():
    q = asyncio.Queue()
    show(q)
    q.put_nowait(1); q.put_nowait(2)
    show(q)
    print(q.qsize(), q.empty(), q.full(), q.maxsize)
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    b = asyncio.Queue(maxsize=1)
    b.put_nowait('x')
    try:
        b.put_nowait('y')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print('full', b.full())
    putter = asyncio.create_task(b.put('y'))
    await asyncio.sleep(0)
    show(b)
    print(b.get_nowait())
    await putter
    print(b.get_nowait(), b.empty())

    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    show(q)
    getter.cancel()
    await asyncio.sleep(0)
    print('getter cancelled', getter.cancelled())
    q.put_nowait('after')
    print(q.get_nowait())

    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)
    for i in range(3):
        q.put_nowait(i)
    done = []

    async def worker():
        while True:
            item = await q.get()
            done.append(item)
            q.task_done()

    w = asyncio.create_task(worker())
    await q.join()
    print('joined', done, q.empty())
    w.cancel()

    pq = asyncio.PriorityQueue()
    for v in [5, 1, 4, 2]:
        pq.put_nowait(v)
    show(pq)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for v in 'abc':
        lq.put_nowait(v)
    show(lq)
    print([lq.get_nowait() for _ in range(3)])
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    print(asyncio.Queue[int])


asyncio.run(main())
