# Interleaving: the order in which concurrent tasks, callbacks and timers run must be CPython's.
import asyncio

log = []


async def worker(name, steps, delay=0):
    for i in range(steps):
        print(f'{name} step {i}')
        await asyncio.sleep(delay)
    print(f'{name} done')
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'callback before tasks')
    a = asyncio.create_task(worker('a', 3))
    b = asyncio.create_task(worker('b', 2))
    loop.call_soon(print, 'callback after tasks')
    print('main before await')
    await asyncio.sleep(0)
    print('main after one turn')
    c = asyncio.create_task(worker('c', 1))
    a.add_done_callback(lambda t: print('done callback a', t.result()))
    print(await a, await b, await c)

    # done callbacks run in registration order, each as its own handle
    f = loop.create_future()
    for i in range(3):
        f.add_done_callback(lambda fut, i=i: print('fcb', i))
    loop.call_soon(print, 'scheduled before set_result')
    f.set_result(None)
    loop.call_soon(print, 'scheduled after set_result')
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    # timers by deadline, then FIFO; a task woken by a timer runs after callbacks already ready
    t1 = asyncio.create_task(worker('slow', 2, 0.06))
    t2 = asyncio.create_task(worker('fast', 3, 0.005))
    await asyncio.gather(t1, t2)

    # gather's results follow argument order, not completion order
    print(await asyncio.gather(worker('g1', 2, 0.01), worker('g2', 1), worker('g3', 0)))

    # a chain of awaits inside one task takes no extra turns
    async def inner():
        return 'inner'
    async def outer():
        print('outer got', await inner())
    order = []
    async def ticker():
        for i in range(3):
            order.append(i)
            await asyncio.sleep(0)
    tk = asyncio.create_task(ticker())
    await outer()
    print('ticks before yielding', order)
    await tk
    print('ticks after', order)

    # waking many waiters of one future
    ev = loop.create_future()
    async def waiter(n):
        await ev
        print('woke', n)
    ws = [asyncio.create_task(waiter(n)) for n in range(4)]
    await asyncio.sleep(0)
    ev.set_result(1)
    print('set')
    await asyncio.gather(*ws)

asyncio.run(main())
