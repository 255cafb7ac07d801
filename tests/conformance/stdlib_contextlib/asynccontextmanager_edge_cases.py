# @asynccontextmanager corner cases, AsyncContextDecorator, async nullcontext and aclosing.
import asyncio, contextlib


@contextlib.asynccontextmanager
async def resource(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)


@contextlib.asynccontextmanager
async def never_yields():
    if False:
        yield


@contextlib.asynccontextmanager
async def yields_twice():
    yield 1
    yield 2


@contextlib.asynccontextmanager
async def swallows():
    try:
        yield
    except KeyError as e:
        print("  swallowed", repr(e))


async def report(label, coro):
    try:
        print(label, "->", await coro)
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)


async def use(cm, exc=None):
    async with cm as v:
        if exc:
            raise exc
        return v


async def main():
    log = []
    await report("no yield", use(never_yields()))
    await report("two yields", use(yields_twice()))
    await report("two yields, body fails", use(yields_twice(), OSError("io")))
    await report("swallowed", use(swallows(), KeyError("k")))
    await report("not swallowed", use(swallows(), OSError("o")))
    await report("StopIteration body", use(resource("s", log), StopIteration("s")))
    await report("StopAsyncIteration body", use(resource("s", log), StopAsyncIteration("s")))

    cm = resource("twice", log)
    await cm.__aenter__()
    await report("enter twice", cm.__aenter__())
    print(await cm.__aexit__(None, None, None))

    @resource("deco", log)
    async def job(x):
        log.append(f"job {x}")
        return x + 1
    print(await job(1), await job(2), log[-6:])

    async with contextlib.nullcontext("n") as v:
        print("async null", v)
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print("agen finalized")
    async with contextlib.aclosing(agen()) as g:
        async for item in g:
            print("item", item)
            break
    print(isinstance(contextlib.nullcontext(), contextlib.AbstractAsyncContextManager),
          issubclass(type(cm), contextlib.AbstractAsyncContextManager),
          issubclass(type(cm), contextlib.AbstractContextManager))

asyncio.run(main())
