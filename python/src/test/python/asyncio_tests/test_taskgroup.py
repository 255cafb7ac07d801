# TaskGroup: waits for children, collects errors in an ExceptionGroup, cancels the siblings.
import asyncio


async def child(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail is not None:
        print(name, 'fails')
        raise fail
    print(name, 'finished')
    return name


def describe(eg):
    return f'{type(eg).__name__}({eg.message!r}, {sorted(repr(e) for e in eg.exceptions)})'


async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        t1 = tg.create_task(child('one', 0.01))
        t2 = tg.create_task(child('two', 0.001), name='second')
        print(repr(tg), t2.get_name())
    print('results', t1.result(), t2.result(), repr(tg))

    # one failure cancels the sibling and the body
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('good', 0.05))
            tg.create_task(child('bad', 0.001, ValueError('bad one')))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('body cancelled')
                raise
    except* ValueError as eg:
        print('caught', describe(eg))
    print('cancelling after group', asyncio.current_task().cancelling())

    # two failures at the same moment
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('x', 0, KeyError('x')))
            tg.create_task(child('y', 0, TypeError('y')))
    except BaseExceptionGroup as eg:
        print('caught', describe(eg))

    # the body raises: children are cancelled, the error joins the group
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('sibling', 1))
            await asyncio.sleep(0)
            raise RuntimeError('body error')
    except ExceptionGroup as eg:
        print('caught', describe(eg))

    # errors after the body finished, while __aexit__ waits
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('late-fail', 0.005, ValueError('late')))
            tg.create_task(child('late-ok', 1))
        print('not reached')
    except ExceptionGroup as eg:
        print('caught', describe(eg))

    # cancelling the task that runs the group
    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('inner', 1))
            await asyncio.sleep(1)
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.001)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print('runner cancelled', r.cancelled())

    # misuse
    tg = asyncio.TaskGroup()
    coro = child('never', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    async with tg:
        pass
    coro = child('never', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

    # tasks created by children join the group
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            await asyncio.sleep(0)
            tg.create_task(child('spawned', 0.001))
        tg.create_task(spawner())
    print('group with spawned task done')

asyncio.run(main())
