import asyncio
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name
async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print(await t1, await t2)
    print(log)
    print(t1.done(), t1.result(), t2.cancelled())
asyncio.run(main())
