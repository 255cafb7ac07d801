# Async generators closed by run(), call_soon_threadsafe from a thread, contextvars in tasks.
import asyncio
import contextvars
import threading

# -- async generators left suspended are closed by asyncio.run at shutdown


async def ticker(name):
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, 'closed')


async def main():
    gen = ticker('kept')
    print(await gen.__anext__(), await gen.__anext__())
    async for i in ticker('broken out of'):
        if i == 2:
            break
    print('after break')
    async def consume():
        async for v in ticker('in a task'):
            if v == 1:
                return v
    print(await asyncio.create_task(consume()))
    print('main returns')
    global keep
    keep = gen

asyncio.run(main())
print('run returned')
del keep

# -- call_soon_threadsafe from another thread wakes the idle loop


async def from_thread():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def work():
        loop.call_soon_threadsafe(fut.set_result, 'set from thread')
    th = threading.Thread(target=work)
    th.start()
    print(await asyncio.wait_for(fut, 5))
    th.join()
    done = loop.create_future()
    def later():
        import time
        time.sleep(0.02)
        loop.call_soon_threadsafe(lambda: done.set_result('late thread result'))
    th = threading.Thread(target=later)
    th.start()
    print(await done)
    th.join()

asyncio.run(from_thread())

# -- contextvars: each task runs in a copy of the creator's context

var = contextvars.ContextVar('var', default='default')


async def reader(name):
    print(name, 'sees', var.get())
    var.set(name)
    await asyncio.sleep(0)
    print(name, 'still sees', var.get())


async def context_main():
    var.set('main')
    t1 = asyncio.create_task(reader('t1'))
    var.set('main2')
    t2 = asyncio.create_task(reader('t2'))
    await asyncio.gather(t1, t2)
    print('main sees', var.get())
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'custom')
    await asyncio.create_task(reader('t3'), context=ctx)
    print('ctx now', ctx[var])
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(lambda: done.set_result(var.get()), context=ctx)
    print('callback in ctx', await done)

asyncio.run(context_main())
print('outside', var.get())
