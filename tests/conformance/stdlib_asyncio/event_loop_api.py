# The event loop's own API: argument errors, debug-mode callback checks, stop() before
# run_forever (one iteration still runs), run_until_complete stopped early, timers in due
# order with cancelled ones skipped, call_soon FIFO, task factories and names, exception
# handler errors, closing, and the loop's repr (class name masked: it is platform-specific).
import asyncio


def loop_repr(loop):
    text = repr(loop)
    return '<LOOP' + text[text.index(' '):]


def attempt(label, fn):
    try:
        print(label, '->', fn())
    except BaseException as e:
        print(label, '!>', type(e).__name__, e)


async def coro_fn():
    return 'done'


loop = asyncio.new_event_loop()
print(loop_repr(loop), loop.is_running(), loop.is_closed(), loop.get_debug())
attempt('call_later None', lambda: loop.call_later(None, print))
attempt('call_at None', lambda: loop.call_at(None, print))
attempt('task factory', lambda: loop.set_task_factory(5))
attempt('exception handler', lambda: loop.set_exception_handler('x'))
attempt('default executor', lambda: loop.set_default_executor(object()))

log = []
loop.call_soon(log.append, 'soon-1')
loop.stop()
loop.call_soon(log.append, 'soon-2')
loop.run_forever()
print('one iteration after early stop:', log)

log.clear()
t0 = loop.time()
for name, delay in (('c', 0.03), ('a', 0.01), ('b', 0.02)):
    loop.call_at(t0 + delay, log.append, name)
dropped = loop.call_later(0.015, log.append, 'dropped')
dropped.cancel()
loop.call_later(0.05, loop.stop)
loop.call_soon(log.append, 'first')
loop.run_forever()
print('timers:', log, dropped.cancelled())

fut = loop.create_future()
loop.call_soon(loop.stop)
attempt('stopped early', lambda: loop.run_until_complete(fut))
fut.cancel()
print(loop.run_until_complete(coro_fn()))

made = []


def factory(lp, coro, **kw):
    task = asyncio.Task(coro, loop=lp, **kw)
    made.append(task)
    return task


loop.set_task_factory(factory)
print(loop.get_task_factory() is factory)


async def main():
    t = asyncio.create_task(coro_fn(), name='via-factory')
    print(await t, t.get_name(), made[-1] is t, asyncio.get_running_loop() is loop,
          loop.is_running())
    nested = coro_fn()
    attempt('nested run', lambda: loop.run_until_complete(nested))
    nested.close()
    other = asyncio.new_event_loop()
    c = coro_fn()
    attempt('other loop while running', lambda: other.run_until_complete(c))
    c.close()
    other.close()
    attempt('close running', loop.close)

    def bad_handler(lp, ctx):
        print('handler got', ctx['message'].split(' at ')[0], type(ctx.get('exception')).__name__)

    loop.set_exception_handler(bad_handler)
    print(loop.get_exception_handler() is bad_handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'custom context'})
    loop.set_exception_handler(None)


coro = main()
loop.run_until_complete(coro)
loop.set_task_factory(None)

loop.set_debug(True)
attempt('debug coroutine fn', lambda: loop.call_soon(coro_fn))
c = coro_fn()
attempt('debug coroutine', lambda: loop.call_later(1, c))
c.close()
attempt('debug not callable', lambda: loop.call_soon_threadsafe(42))
loop.set_debug(False)
print(loop_repr(loop))
loop.close()
loop.close()
print(loop_repr(loop))
attempt('closed call_soon', lambda: loop.call_soon(print))
attempt('closed call_later', lambda: loop.call_later(1, print))
c = coro_fn()
attempt('closed run', lambda: loop.run_until_complete(c))
c.close()
attempt('closed create_task', lambda: loop.create_task(c))
