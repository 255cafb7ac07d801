# asyncio Task and the combinators: task reprs in each state (pending, cancelling, cancelled,
# finished), names, cancel counts and uncancel, refused setters, bad yields, get_stack, and
# the errors and results of wait, wait_for, as_completed, gather and shield.
import asyncio
import re


def r(obj):
    text = re.sub(r' at (<frozen [^>]*>|[^ >]+):\d+', ' at FILE', repr(obj))
    # A finished coroutine's ' done, defined at' needs cr_code after the end, which the
    # interpreter does not keep yet (it becomes None): left out of the comparison.
    return text.replace(' done, defined at FILE', '')


def attempt(label, fn):
    try:
        print(label, '->', fn())
    except BaseException as e:
        print(label, '!>', type(e).__name__, repr(e))


async def nap(n, result=None):
    await asyncio.sleep(n)
    return result


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn: caught, cancelling =', asyncio.current_task().cancelling())
        print('stubborn: uncancel ->', asyncio.current_task().uncancel())
        return 'refused'


class BadYield:
    def __await__(self):
        yield 42


def bare_generator():
    yield from ()
    yield (i for i in ())


async def main():
    me = asyncio.current_task()
    print(r(me))
    t = asyncio.create_task(nap(10), name=123)
    print(t.get_name(), type(t.get_name()).__name__)
    t.set_name('sleeper')
    await asyncio.sleep(0)
    print(r(t))
    print(t.cancel('first'), t.cancel('second'), t.cancelling(), r(t))
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaited cancelled', repr(e))
    print(r(t), t.cancel(), t.cancelling(), t.uncancel(), t.uncancel(), t.uncancel())
    attempt('set_result', lambda: t.set_result(1))
    attempt('set_exception', lambda: t.set_exception(ValueError()))
    attempt('Task(non-coro)', lambda: asyncio.Task(42))

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print('stubborn result', await s, s.cancelled(), s.cancelling())

    done = asyncio.create_task(nap(0, 'ok'))
    await done
    print(r(done), done.get_stack())
    bad = asyncio.create_task(fail('oops'))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(r(bad), len(bad.get_stack()) >= 1, repr(bad.exception()))

    async def yield_bad():
        await BadYield()
    y = asyncio.create_task(yield_bad())
    try:
        await y
    except RuntimeError as e:
        print('bad yield:', re.sub(r'<Task .*>', '<TASK>', str(e)))

    # cancel before the first step: the coroutine never starts
    never = asyncio.create_task(nap(0, 'x'))
    never.cancel('early')
    res = await asyncio.gather(never, return_exceptions=True)
    print('early', [repr(x) for x in res], never.get_coro().cr_frame)

    # wait()
    for bad_arg in (asyncio.sleep(0), []):
        try:
            await asyncio.wait(bad_arg)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
        if asyncio.iscoroutine(bad_arg):
            bad_arg.close()
    coro = asyncio.sleep(0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError', e)
    coro.close()
    a1 = asyncio.create_task(nap(0.2, 'a'))
    a2 = asyncio.create_task(fail('b'))
    a3 = asyncio.create_task(nap(5, 'c'))
    try:
        await asyncio.wait([a1], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError', e)
    d, p = await asyncio.wait([a1, a2, a3], return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(x.get_name() == a2.get_name() for x in d), len(p), repr(a2.exception()))
    d, p = await asyncio.wait([a1, a3], timeout=0.5)
    print(len(d), len(p), a3.done())

    # wait_for
    try:
        await asyncio.wait_for(nap(5), timeout=0.01)
    except TimeoutError as e:
        print('wait_for timeout', type(e).__name__, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(nap(5), timeout=0)
    except TimeoutError as e:
        print('wait_for zero', type(e.__cause__).__name__)
    quick = asyncio.create_task(nap(0, 'fast'))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(await asyncio.wait_for(quick, timeout=0), await asyncio.wait_for(nap(0, 'n'), None))

    # as_completed
    order = []
    for nxt in asyncio.as_completed([nap(0.3, 3), nap(0.1, 1), nap(0.2, 2)]):
        order.append(await nxt)
    print('as_completed', order)
    try:
        for nxt in asyncio.as_completed([nap(5, 'slow')], timeout=0.01):
            await nxt
    except TimeoutError as e:
        print('as_completed timeout', repr(e))
    coro = asyncio.sleep(0)
    try:
        for nxt in asyncio.as_completed(coro):
            pass
    except TypeError as e:
        print('TypeError', e)
    coro.close()

    # gather
    print(await asyncio.gather())
    c = nap(0, 'same')
    print(await asyncio.gather(c, c, nap(0, 'other')))
    print(await asyncio.gather(fail('g'), nap(0, 1), return_exceptions=True))
    try:
        await asyncio.gather(fail('first'), nap(0.01, 2))
    except ValueError as e:
        print('gather raised', repr(e))
    g = asyncio.gather(nap(5), nap(5))
    await asyncio.sleep(0)
    print(g.cancel('stop'), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', repr(e), g.cancelled())
    tc = asyncio.create_task(nap(5))
    await asyncio.sleep(0)
    tc.cancel('msg')
    print(await asyncio.gather(tc, return_exceptions=True))

    # shield
    inner = asyncio.create_task(nap(0.02, 'inner'))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(outer.cancelled(), inner.cancelled(), await inner)
    print(asyncio.shield(inner) is inner)

    # ensure_future
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError', e)

    class Awaitable:
        def __await__(self):
            return (yield from asyncio.sleep(0, 'awaited').__await__())
    print(await asyncio.ensure_future(Awaitable()))
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(inner, loop=other)
    except ValueError as e:
        print('ValueError', e)
    other.close()
    print(me in asyncio.all_tasks(), a3 in asyncio.all_tasks(), inner in asyncio.all_tasks())
    a3.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
