import asyncio
async def compute(x):
    await asyncio.sleep(0)
    return x * x
async def main():
    r = await compute(7)
    print("computed", r)
    results = await asyncio.gather(compute(1), compute(2), compute(3))
    print("gathered", results)
    return "main done"
print(asyncio.run(main()))
