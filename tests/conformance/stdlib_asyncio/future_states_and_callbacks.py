# asyncio.Future: error types and messages of each state, cancel messages, the repr of each
# state (long results shortened), done-callback order and removal, isfuture, __class_getitem__.
import asyncio
import re


def r(obj):
    return re.sub(r' at [^ \]>]+:\d+', ' at FILE', repr(obj))


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except BaseException as e:
        print(label, '!>', type(e).__name__, repr(e))


def cb_a(fut):
    order.append(('a', fut.done()))


def cb_b(fut):
    order.append(('b', fut.cancelled()))


order = []


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(r(f), f.get_loop() is loop, f.done(), f.cancelled())
    attempt('result pending', f.result)
    attempt('exception pending', f.exception)
    for bad in (StopIteration, StopIteration('x'), 3, 'boom'):
        attempt('set_exception %r' % (bad,), lambda: f.set_exception(bad))
    f.add_done_callback(cb_a)
    f.add_done_callback(cb_b)
    f.add_done_callback(cb_a)
    print(r(f))
    f.set_exception(KeyError)
    print(r(f), order)
    await asyncio.sleep(0)
    print(order)
    attempt('exception', f.exception)
    attempt('result', f.result)
    attempt('set_result again', lambda: f.set_result(1))
    attempt('cancel done', f.cancel)

    g = asyncio.Future()
    g.add_done_callback(cb_a)
    g.add_done_callback(cb_b)
    g.add_done_callback(cb_a)
    print('removed', g.remove_done_callback(cb_a), r(g))
    print(g.cancel('stop now'), g.cancel(), r(g))
    attempt('cancelled result', g.result)
    attempt('cancelled exception', g.exception)
    order.clear()
    await asyncio.sleep(0)
    print(order)

    h = loop.create_future()
    h.set_result('y' * 80)
    print(r(h))
    order.clear()
    h.add_done_callback(cb_a)      # already done: scheduled, not called now
    print(order)
    await asyncio.sleep(0)
    print(order, await h == 'y' * 80)

    k = loop.create_future()
    loop.call_soon(k.set_result, 42)
    print(await k)
    try:
        k._log_traceback = True
    except ValueError as e:
        print('ValueError', e)
    print(asyncio.isfuture(k), asyncio.isfuture(asyncio.Future), asyncio.isfuture(None))
    print(asyncio.Future[int].__args__, type(asyncio.Future[int]).__name__)

    class Mine(asyncio.Future):
        pass
    m = Mine()
    print(r(m))
    m.cancel()
    try:
        await m
    except asyncio.CancelledError as e:
        print('await cancelled', repr(e))


asyncio.run(main())
