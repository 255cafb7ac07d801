# TaskGroup exception groups, cancellation of siblings, and timeout()/timeout_at()/wait_for.
import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def slow(log, name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise


async def taskgroup_demo():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log, 's1'))
            tg.create_task(fail(0, ValueError('bad')))
            tg.create_task(fail(0, KeyError('k')))
    except* ValueError as eg:
        print('ValueError group', repr(eg), [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print('KeyError group', repr(eg))
    print('log', log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, TypeError('t')))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0, 'A'), name='first')
        b = tg.create_task(asyncio.sleep(0, 'B'))
    print(a.result(), b.result(), a.get_name())

    # An error in the body cancels the children and is raised in a group with theirs.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log, 's2'))
            await asyncio.sleep(0)
            raise RuntimeError('body')
    except* RuntimeError as eg:
        print('body error', [str(e) for e in eg.exceptions])
    print('log', log)

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print('RuntimeError', e)
    coro = asyncio.sleep(0)
    async with tg:
        pass
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()


async def timeout_demo():
    try:
        async with asyncio.timeout(0.01) as cm:
            print('when set', cm.when() is not None)
            await asyncio.sleep(10)
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, cm.expired())
    print(repr(cm))
    async with asyncio.timeout(None) as cm:
        print(repr(cm))
        await asyncio.sleep(0)
    print(repr(cm), cm.expired())
    loop = asyncio.get_running_loop()
    async with asyncio.timeout_at(loop.time() + 10) as cm:
        cm.reschedule(None)
        print(cm.when())
    cm2 = asyncio.timeout(1)
    try:
        cm2.reschedule(2)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except TimeoutError as e:
        print('wait_for TimeoutError', repr(e))
    print(await asyncio.wait_for(asyncio.sleep(0, 'ok'), 1))

    # An outer cancel() inside a timeout stays a CancelledError.
    async def inner():
        async with asyncio.timeout(10):
            await asyncio.sleep(10)

    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    t.cancel('outer')
    try:
        await t
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)


async def cancel_demo():
    t = asyncio.create_task(asyncio.sleep(10), name='sleeper')
    await asyncio.sleep(0)
    print(t.cancel('stop it'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled with', e.args, t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result raises', e.args)
    f = asyncio.get_running_loop().create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    try:
        f.set_result(3)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    g = asyncio.get_running_loop().create_future()
    g.cancel(msg='why')
    print(repr(g), g.cancelled())
    try:
        g.exception()
    except asyncio.CancelledError as e:
        print('exception() raises', e.args)
    h = asyncio.get_running_loop().create_future()
    try:
        h.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    h.set_exception(ValueError('v'))
    print(repr(h), repr(h.exception()))
    try:
        h.set_exception(StopIteration)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    k = asyncio.get_running_loop().create_future()
    try:
        k.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError', e)


async def main():
    await taskgroup_demo()
    await timeout_demo()
    await cancel_demo()


asyncio.run(main())
