import asyncio
class Ticker:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
class Resource:
    async def __aenter__(self):
        print("enter")
        return "res"
    async def __aexit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True
async def agen(n):
    for i in range(n):
        yield i * 10
        await asyncio.sleep(0)
async def main():
    async for t in Ticker(3):
        print("tick", t)
    async with Resource() as r:
        print("using", r)
        raise ValueError("suppressed")
    print([x async for x in agen(3)])
    print([x async for x in Ticker(4) if x % 2 == 0])
    async for v in agen(2):
        print("agen", v)
asyncio.run(main())
