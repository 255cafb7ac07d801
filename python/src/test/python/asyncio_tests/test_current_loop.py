# get_event_loop / set_event_loop / new_event_loop rules (3.12), in a fresh process.
import asyncio
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    loop = asyncio.get_event_loop()
    print('implicit loop', type(loop).__name__ != '', [str(w.message) for w in caught],
          [w.category.__name__ for w in caught])
    print(asyncio.get_event_loop() is loop, len(caught))
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print('TypeError:', e)
print(new.run_until_complete(asyncio.sleep(0, 'on the set loop')))
new.close()
asyncio.set_event_loop(None)
print(isinstance(asyncio.get_event_loop_policy(), asyncio.AbstractEventLoopPolicy))


async def inside():
    loop = asyncio.get_running_loop()
    print('get_event_loop inside run is the running loop', asyncio.get_event_loop() is loop)

asyncio.run(inside())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('after run:', e)
