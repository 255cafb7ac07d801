# Future and Task objects: states, errors, reprs, callbacks, names, current_task/all_tasks.
import asyncio
import re


def clean(text):
    """Hide file paths that differ between CPython's asyncio and ours."""
    text = text.replace(__file__, 'FILE')
    return re.sub(r' at \S*asyncio/\w+\.py:\d+', ' at ASYNCIO', text)


def show(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, '!!', type(e).__name__, repr(e))


async def futures_demo():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled(), f.get_loop() is loop)
    show('result pending', f.result)
    show('exception pending', f.exception)
    calls = []
    def cb(fut):
        calls.append(('cb', fut.result()))
    def cb2(fut):
        calls.append(('cb2', fut.result()))
    f.add_done_callback(cb)
    f.add_done_callback(cb2)
    f.add_done_callback(cb)
    print(repr(f).replace(__file__, 'FILE'))
    print('removed', f.remove_done_callback(cb), f.remove_done_callback(cb))
    f.set_result(1)
    print(repr(f), calls)
    await asyncio.sleep(0)
    print('after a turn', calls)
    show('set again', lambda: f.set_result(2))
    show('set exc again', lambda: f.set_exception(ValueError()))
    print(f.result(), f.exception(), f.cancel(), f.cancelled())
    f.add_done_callback(cb)
    await asyncio.sleep(0)
    print('late callback', calls[-1])

    g = loop.create_future()
    g.set_exception(ValueError('bad'))
    print(repr(g))
    show('result', g.result)
    show('exception', g.exception)
    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h))
    h.exception()
    show('StopIteration', lambda: loop.create_future().set_exception(StopIteration()))
    show('not exc', lambda: loop.create_future().set_exception(42))

    c = loop.create_future()
    print(c.cancel('why'), c.cancel(), repr(c), c.cancelled(), c.done())
    show('cancelled result', c.result)
    show('cancelled exception', c.exception)
    c2 = loop.create_future()
    c2.cancel()
    show('no msg', c2.result)

    r = loop.create_future()
    r.set_result('x' * 100)
    print(repr(r))
    r = loop.create_future()
    r.set_result(list(range(50)))
    print(repr(r))

    w = loop.create_future()
    loop.call_later(0.001, w.set_result, 'waited')
    print(await w)
    print(asyncio.isfuture(w), asyncio.isfuture(1), asyncio.isfuture(asyncio.current_task()))


async def child(n):
    await asyncio.sleep(0)
    return n


async def bad():
    raise ValueError('in task')


async def tasks_demo():
    me = asyncio.current_task()
    print('me', me.get_name(), me is asyncio.current_task())
    print(clean(repr(me)))
    t = asyncio.create_task(child(1))
    print(t.get_name(), repr(t).replace(__file__, 'FILE'))
    named = asyncio.create_task(child(2), name='worker')
    print(named.get_name())
    named.set_name(99)
    print(repr(named.get_name()))
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())
    print(t.get_coro().__qualname__, t.done())
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, 'FILE'), t.done())
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, 'FILE'), t.done(), t.result())
    print(repr(named).replace(__file__, 'FILE'))
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, 'FILE'))
    print(len(asyncio.all_tasks()))
    show('set_result', lambda: t.set_result(1))
    show('set_exception', lambda: t.set_exception(ValueError()))
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(repr(b).replace(__file__, 'FILE'))
    show('bad result', b.result)
    try:
        await b
    except ValueError as e:
        print('awaited', repr(e))
    show('not a coroutine', lambda: asyncio.create_task(42))
    e = asyncio.ensure_future(child(3))
    print(type(e).__name__, await e, asyncio.ensure_future(e) is e)
    class Awaitable:
        def __await__(self):
            yield
            return 'awaitable result'
    a = asyncio.ensure_future(Awaitable())
    print(type(a).__name__, await a)
    show('ensure int', lambda: asyncio.ensure_future(1))
    loop = asyncio.get_running_loop()
    lt = loop.create_task(child(4), name='by loop')
    print(lt.get_name(), await lt)

    async def self_await():
        await asyncio.current_task()
    s = asyncio.create_task(self_await())
    try:
        await s
    except RuntimeError as e:
        print('RuntimeError', str(e).replace(__file__, 'FILE'))

    async def bad_yield():
        await BadYield()
    class BadYield:
        def __await__(self):
            yield 'nonsense'
    s = asyncio.create_task(bad_yield())
    try:
        await s
    except RuntimeError as e:
        print('RuntimeError', e)
    print(asyncio.current_task() is me)

asyncio.run(futures_demo())
asyncio.run(tasks_demo())
print(asyncio.current_task(asyncio.new_event_loop()))


async def names():
    print([asyncio.create_task(child(i)).get_name() for i in range(3)])
    await asyncio.sleep(0.001)

asyncio.run(names())
