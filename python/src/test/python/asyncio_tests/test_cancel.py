# Cancellation: delivered at the await point, messages, cancelling()/uncancel(), shield.
import asyncio


async def sleeper(name, delay=10):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        print(name, 'cancelled with', repr(e))
        raise
    finally:
        print(name, 'finally')


async def main():
    t = asyncio.create_task(sleeper('s1'))
    await asyncio.sleep(0)
    print('cancel ->', t.cancel('stop it'), t.cancelling())
    print('again ->', t.cancel(), t.cancelling())
    print(repr(t).split(' coro=')[0])
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting cancelled task:', repr(e))
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result():', repr(e))

    # cancelled before it ever ran: the coroutine never starts
    async def never():
        print('never printed')
    t = asyncio.create_task(never())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('never started, cancelled', t.cancelled())

    # a task may swallow a cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('stubborn ignores it; cancelling =', asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
        await asyncio.sleep(0)
        return 'stubborn result'
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    # cancel() while the task is ready to run (not waiting on a future)
    async def busy():
        for i in range(3):
            print('busy', i)
            await asyncio.sleep(0)
    t = asyncio.create_task(busy())
    await asyncio.sleep(0)
    t.cancel('mid-flight')
    await asyncio.sleep(0)
    print('busy cancelled', t.cancelled())

    # cancel just before the coroutine returns
    async def quick():
        return 'value'
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print('done already', t.done(), t.cancel())

    # cancelling the awaiter cancels the awaited task too
    inner = asyncio.create_task(sleeper('inner'))
    async def outer():
        await inner
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print('outer cancelled', inner.cancelled())

    # shield protects the inner task
    inner = asyncio.create_task(sleeper('shielded', 0.01))
    async def outer2():
        try:
            await asyncio.shield(inner)
        except asyncio.CancelledError:
            print('outer2 cancelled; inner done?', inner.done())
            raise
    o = asyncio.create_task(outer2())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        pass
    await asyncio.sleep(0.03)
    print('inner after', inner.done(), inner.cancelled())
    f = asyncio.get_running_loop().create_future()
    f.set_result(3)
    print(asyncio.shield(f) is f, await asyncio.shield(asyncio.sleep(0, 'sh')))

    # CancelledError is not an Exception
    async def catcher():
        try:
            await asyncio.sleep(10)
        except Exception:
            print('not reached')
    t = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print('caught by except Exception?', not t.cancelled())

    # cancel message travels through a chain of awaits
    async def level2():
        await asyncio.sleep(10)
    async def level1():
        try:
            await level2()
        except asyncio.CancelledError as e:
            print('level1 sees', e.args)
            raise
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    t.cancel('deep')
    try:
        await t
    except asyncio.CancelledError as e:
        print('top sees', e.args)

    # the main task cancelled by another task
    me = asyncio.current_task()
    async def canceller():
        me.cancel('from canceller')
    asyncio.create_task(canceller())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('main cancelled:', e.args, me.cancelling())
        me.uncancel()
    print('main continues', me.cancelling())

    # asyncio.run cancels what is left over at the end
    asyncio.create_task(sleeper('leftover'))
    await asyncio.sleep(0)
    print('main returns')


asyncio.run(main())


async def cancelled_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError as e:
    print('run raised', repr(e))
