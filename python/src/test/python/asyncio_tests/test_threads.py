# What threads give asyncio: to_thread and run_in_executor on the default executor (context,
# results, exceptions, cancellation, shutdown by asyncio.run), loops running in several threads
# at once, the per-thread current loop, and the executor's errors.
import asyncio
import contextvars
import threading

var = contextvars.ContextVar('var', default='unset')


def blocking(x, *, scale=1):
    me = threading.current_thread()
    return x * scale, me.name.startswith('asyncio_'), me is threading.main_thread(), var.get()


async def basics():
    var.set('main value')
    print(await asyncio.to_thread(blocking, 3, scale=2))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 4))
    try:
        await asyncio.to_thread(int, 'not a number')
    except ValueError as e:
        print('ValueError:', e)
    results = await asyncio.gather(*(asyncio.to_thread(pow, n, 2) for n in range(6)))
    print(results)
    # The loop keeps running tasks while a thread blocks.
    gate = threading.Event()
    waiter = asyncio.create_task(asyncio.to_thread(gate.wait, 30))
    for i in range(3):
        await asyncio.sleep(0)
    print('loop still running; thread waiting:', not waiter.done())
    gate.set()
    print('gate passed:', await waiter)
    # Cancelling the awaiting task does not stop the thread, but the await ends at once.
    stuck = threading.Event()
    task = asyncio.create_task(asyncio.to_thread(stuck.wait, 30))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('to_thread task cancelled')
    stuck.set()


asyncio.run(basics())
print('threads left after run():', sorted(t.name for t in threading.enumerate()))


# A loop in another thread while the main thread's loop runs: each thread sees its own.
async def in_worker(main_loop):
    here = asyncio.get_running_loop()
    await asyncio.sleep(0.01)
    return here is not main_loop, asyncio.get_running_loop() is here


async def two_loops():
    main_loop = asyncio.get_running_loop()
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(asyncio.run(in_worker(main_loop))),
                              name='loop-thread')
    worker.start()
    while worker.is_alive():
        await asyncio.sleep(0.005)
        print_once('main loop ran while the worker thread ran its own')
    worker.join()
    print('worker:', outcome, 'main still running:', asyncio.get_running_loop() is main_loop)


printed = set()


def print_once(text):
    if text not in printed:
        printed.add(text)
        print(text)


asyncio.run(two_loops())


# The current loop is per thread; only the main thread gets one made on demand.
def no_loop_here():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print('RuntimeError:', e)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print('own loop:', asyncio.get_event_loop() is loop)
    print(loop.run_until_complete(asyncio.sleep(0, 'ran in the thread')))
    asyncio.set_event_loop(None)
    loop.close()


t = threading.Thread(target=no_loop_here, name='plain-thread')
t.start()
t.join()
main_loop = asyncio.new_event_loop()
asyncio.set_event_loop(main_loop)
print('main thread loop kept:', asyncio.get_event_loop() is main_loop)


# call_soon_threadsafe from a worker wakes the idle loop.
async def woken():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    threading.Timer(0.01, loop.call_soon_threadsafe, args=(fut.set_result, 'woken')).start()
    return await fut


print(main_loop.run_until_complete(woken()))

# The executor's errors.
main_loop.run_until_complete(main_loop.shutdown_default_executor())
try:
    main_loop.run_in_executor(None, print)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    main_loop.set_default_executor(object())
except TypeError as e:
    print('TypeError:', e)
asyncio.set_event_loop(None)
main_loop.close()
try:
    main_loop.run_in_executor(None, print)
except RuntimeError as e:
    print('RuntimeError:', e)
