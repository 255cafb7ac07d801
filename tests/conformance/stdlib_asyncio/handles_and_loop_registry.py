# asyncio Handle/TimerHandle: reprs (live, cancelled, debug-mode frozen), ordering and equality
# of timers, the exception-handler context of a failing callback, the context a callback
# runs in; and the errors
# of get_running_loop, set_event_loop and set_event_loop_policy.
import asyncio
import re



class Ctx:
    # Handles only call the context's run(); contextvars is not needed to see that.
    def run(self, fn, *args):
        print('run in Ctx')
        return fn(*args)


def r(obj):
    return re.sub(r' at [^ >]+:\d+', ' at FILE', repr(obj))


def show(*args):
    print('show', args)


def boom(x):
    raise ValueError('bad %s' % x)


def handler(loop, context):
    print('handler:', context['message'].split(' at ')[0], repr(context['exception']),
          r(context['handle']))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    h = loop.call_soon(show, 1, 'two')
    print(r(h), h.cancelled())
    t1 = loop.call_later(100, show, 3)
    t2 = loop.call_at(t1.when(), show, 3)
    t3 = loop.call_at(t1.when() + 1, show, 4)
    print(re.sub(r'when=[\d.e+-]+', 'when=T', r(t1)))
    print(t1 == t2, t1 is t2, t1 < t3, t3 > t1, t1 <= t2, t1 >= t2, t3 <= t1, hash(t1) == hash(t2))
    print(t1 == 5, t1.__lt__(5), isinstance(t1, asyncio.Handle))
    t1.cancel()
    print(t1 == t2, t1.cancelled(), re.sub(r'when=[\d.e+-]+', 'when=T', r(t1)))
    t2.cancel()
    t3.cancel()
    ctx = Ctx()
    h2 = loop.call_soon(show, 'ctx', context=ctx)
    print(h2.get_context() is ctx)
    loop.call_soon(boom, 7)
    hc = loop.call_soon(show, 'never')
    hc.cancel()
    print(r(hc))
    await asyncio.sleep(0)
    loop.set_debug(True)
    hd = loop.call_soon(show, 'debug')
    hd.cancel()
    print(r(hd).startswith("<Handle cancelled show('debug') at FILE"))  # no 'created at' on Pyjama
    loop.set_debug(False)
    print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print('TypeError', e)
try:
    asyncio.set_event_loop_policy('x')
except TypeError as e:
    print('TypeError', e)
policy = asyncio.get_event_loop_policy()
asyncio.set_event_loop_policy(None)
print(asyncio.get_event_loop_policy() is policy,
      isinstance(asyncio.get_event_loop_policy(), asyncio.AbstractEventLoopPolicy))
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError', e)
loop.close()
