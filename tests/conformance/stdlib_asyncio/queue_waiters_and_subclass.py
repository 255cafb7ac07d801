# asyncio queues: waiters served in arrival order, a cancelled waiter's turn handed on,
# subclass storage hooks, str() of a queue with waiters, and the QueueEmpty/QueueFull types.
import asyncio


class SortedQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)
        self._queue.sort(reverse=True)

    def _get(self):
        return self._queue.pop()


async def getter(q, name, log):
    try:
        log.append((name, await q.get()))
    except asyncio.CancelledError:
        log.append((name, 'cancelled'))
        raise


async def main():
    q = asyncio.Queue()
    log = []
    tasks = [asyncio.create_task(getter(q, n, log)) for n in 'abc']
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait(1)
    tasks[0].cancel()           # woken for item 1, then cancelled: b must get it
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, str(q))
    q.put_nowait(2)
    await asyncio.sleep(0)
    print(log, q.qsize(), q.empty())

    bounded = asyncio.Queue(maxsize=1)
    bounded.put_nowait('x')
    plog = []

    async def putter(name, item):
        try:
            await bounded.put(item)
            plog.append((name, 'put', item))
        except asyncio.CancelledError:
            plog.append((name, 'cancelled'))
    pt = [asyncio.create_task(putter(n, i)) for n, i in (('p', 'y'), ('r', 'z'))]
    await asyncio.sleep(0)
    print(str(bounded), bounded.full())
    print(bounded.get_nowait())
    pt[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(plog, str(bounded))

    s = SortedQueue()
    for x in (5, 1, 4, 2, 3):
        await s.put(x)
    print(str(s), [s.get_nowait() for _ in range(5)])
    try:
        s.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e), isinstance(e, Exception))
    try:
        bounded.put_nowait('w')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(asyncio.Queue(-3).full(), asyncio.Queue(0).maxsize, asyncio.LifoQueue[str])

    done = asyncio.Queue()
    for i in range(3):
        done.put_nowait(i)
    async def worker():
        while not done.empty():
            await done.get()
            await asyncio.sleep(0)
            done.task_done()
    w = asyncio.create_task(worker())
    print(str(done))
    await done.join()
    print('joined', str(done))
    await w
    for t in tasks + pt:
        t.cancel()
    await asyncio.gather(*tasks, *pt, return_exceptions=True)


asyncio.run(main())
