import contextlib, asyncio
@contextlib.asynccontextmanager
async def resource(name):
    print("acquire", name)
    try:
        yield name * 2
    finally:
        print("release", name)
async def main():
    async with resource("r") as v:
        print("using", v)
    async with contextlib.AsyncExitStack() as st:
        a = await st.enter_async_context(resource("x"))
        b = await st.enter_async_context(resource("y"))
        print(a, b)
    async with contextlib.aclosing(agen()) as g:
        async for item in g:
            print("item", item)
            break
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")
asyncio.run(main())
