import asyncio
async def fails():
    await asyncio.sleep(0)
    raise ValueError("task failed")
async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise
async def main():
    try:
        await fails()
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError", t.cancelled())
    results = await asyncio.gather(fails(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in results])
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError:
        print("TimeoutError from wait_for")
asyncio.run(main())
