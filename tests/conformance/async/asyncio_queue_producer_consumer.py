import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)
async def consumer(q, out):
    while True:
        item = await q.get()
        if item is None:
            break
        out.append(item * item)
async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 6), consumer(q, out))
    print(out, q.empty())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woken"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await t)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())
asyncio.run(main())
