import asyncio
async def countdown(n):
    while n > 0:
        yield n
        n -= 1
async def main():
    ag = countdown(3)
    print(type(ag).__name__, await ag.__anext__(), await anext(ag), await anext(ag), await anext(ag, "end"))
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    vals = []
    async for v in countdown(4):
        vals.append(v)
    print(vals)
    g = countdown(5)
    print(await g.asend(None))
    await g.aclose()
    print(sorted([v async for v in countdown(3)]))
asyncio.run(main())
