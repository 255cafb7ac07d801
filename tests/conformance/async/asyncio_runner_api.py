# asyncio.Runner and asyncio.run: reuse of one loop, closing, and their error messages.
import asyncio
async def f(x): return x * 2
with asyncio.Runner() as r:
    print(r.run(f(1)), r.run(f(2)))
    loop = r.get_loop()
print(loop.is_closed())
c3 = f(3)
try: r.run(c3)
except RuntimeError as e: print(e)
c3.close()
c = f(4)
try: asyncio.Runner().run(c)
except Exception as e: print(type(e).__name__, e)
c.close()
try: asyncio.run(5)
except ValueError as e: print(e)
async def g():
    c = f(1)
    try: asyncio.run(c)
    except RuntimeError as e: print(e)
    c.close()
asyncio.run(g())
r = asyncio.Runner(loop_factory=asyncio.new_event_loop)
print(r.run(f(5))); r.close(); r.close()
