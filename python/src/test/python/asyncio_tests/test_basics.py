# Loop basics: run(), loops made by hand, call_soon/call_later/call_at, handles, Futures, Tasks.
import asyncio


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main_basic():
    loop = asyncio.get_running_loop()
    print('running', loop.is_running(), loop.is_closed())
    print('same loop', asyncio.get_event_loop() is loop)
    print('square', await square(7))
    print('sleep result', await asyncio.sleep(0, 'r0'), await asyncio.sleep(0.001, result='r1'))
    return 'main result'

print(asyncio.run(main_basic()))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)


async def nested():
    coro = main_basic()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

asyncio.run(nested())

try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)

# A loop made by hand
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(repr(loop).split()[1:])
log = []
loop.call_soon(log.append, 'soon1')
h = loop.call_soon(log.append, 'cancelled')
loop.call_soon(log.append, 'soon2')
print(h)
h.cancel()
print(h, h.cancelled())
t0 = loop.time()
loop.call_later(0.02, log.append, 'later20')
loop.call_later(0.01, log.append, 'later10')
loop.call_at(t0 + 0.015, log.append, 'at15')
th = loop.call_later(0.005, log.append, 'cancelled timer')
print(type(th).__name__, th.when() > t0)
th.cancel()
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(log)
print(loop.time() >= t0 + 0.03)
print(loop.run_until_complete(square(5)))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'from future')
print(loop.run_until_complete(fut))
try:
    loop.call_later(None, print)
except TypeError as e:
    print('TypeError:', e)
try:
    loop.call_at(None, print)
except TypeError as e:
    print('TypeError:', e)


async def stopper():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(1)

try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print('RuntimeError:', e)


async def inside():
    try:
        loop.run_until_complete(square(1))
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)

loop.run_until_complete(inside())
for t in asyncio.all_tasks(loop):
    t.cancel()
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print('closed', loop.is_closed())
loop.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print('RuntimeError:', e)
asyncio.set_event_loop(None)

# Runner
with asyncio.Runner() as runner:
    print(runner.run(square(3)), runner.run(square(4)))
    print(type(runner.get_loop()).__name__ in ('EventLoop', '_UnixSelectorEventLoop'))
try:
    runner.run(square(1))
except RuntimeError as e:
    print('RuntimeError:', e)
r = asyncio.Runner()
print(r.run(square(6)))
r.close()
r.close()

# iscoroutine & co
def plain():
    pass

c = square(1)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain), asyncio.iscoroutine(None))
print(asyncio.iscoroutinefunction(square), asyncio.iscoroutinefunction(plain))
import functools
print(asyncio.iscoroutinefunction(functools.partial(square, 2)))
class K:
    async def m(self):
        pass
print(asyncio.iscoroutinefunction(K().m), asyncio.iscoroutinefunction(K.m))
c.close()
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.CancelledError, Exception))
print(asyncio.InvalidStateError.__mro__[1].__name__)
e = asyncio.IncompleteReadError(b'ab', 5)
print(e, e.partial, e.expected)
print(asyncio.IncompleteReadError(b'', None))
print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
print(asyncio.CancelledError.__module__, asyncio.InvalidStateError.__module__)

# debug-mode callback checks
loop = asyncio.new_event_loop()
loop.set_debug(True)
print('debug', loop.get_debug())
for bad in (square, 42):
    for method in (loop.call_soon, loop.call_soon_threadsafe):
        try:
            method(bad)
        except TypeError as e:
            print('TypeError:', e)
try:
    loop.call_later(1, 'not callable')
except TypeError as e:
    print('TypeError:', e)
loop.set_debug(False)
loop.close()

# wrap_future over a concurrent.futures.Future completed by a thread
import concurrent.futures
import threading


async def wrapped():
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(type(af).__name__, asyncio.wrap_future(af) is af)
    threading.Thread(target=cf.set_result, args=('from concurrent future',)).start()
    print(await af)

asyncio.run(wrapped())
