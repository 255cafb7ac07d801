"""Cooperative tasks with asyncio: create_task, Queue, gather and sleep.

Usage: async_tasks.py
Three workers take numbers from a queue and square them, each pausing as long as its
number says; then two countdowns run side by side. While they all wait, the kernel halts
the CPU: asyncio's sleeps on Pyjama are the kernel's event loop, not a busy loop.
"""

import asyncio


async def worker(name, queue, results):
    """Takes numbers from the queue until it gets None; records (worker, n, n*n)."""
    while True:
        n = await queue.get()
        if n is None:
            queue.task_done()
            return
        await asyncio.sleep(n / 100)    # pretend to work for n hundredths of a second
        results.append((name, n, n * n))
        queue.task_done()


async def countdown(label, count, pause):
    """Prints label count, ..., 1 with a pause in between; returns how long it took."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(count, 0, -1):
        print(f'  {label}: {i}')
        await asyncio.sleep(pause)
    return round(loop.time() - start, 1)


async def main():
    queue = asyncio.Queue()
    results = []
    # create_task starts each worker at the next pause of the current task.
    workers = [asyncio.create_task(worker(f'w{i}', queue, results), name=f'worker-{i}')
               for i in range(3)]
    for n in [5, 1, 4, 2, 3, 6]:
        await queue.put(n)
    for _ in workers:
        await queue.put(None)           # one "stop" for each worker
    await queue.join()                  # until every item was task_done()
    await asyncio.gather(*workers)
    print('squares, in the order they were finished:')
    for name, n, square in results:
        print(f'  {name}: {n} * {n} = {square}')

    # gather runs both countdowns at once and returns their results in argument order.
    print('two countdowns at once:')
    slow, fast = await asyncio.gather(countdown('slow', 3, 0.3), countdown('fast', 3, 0.1))
    print(f'slow took {slow} s, fast took {fast} s')


# Top-level await: a Pyjama script (and the >>> prompt) may await directly.
# Elsewhere, write asyncio.run(main()).
await main()
