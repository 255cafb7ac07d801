# gi_code/cr_code stay after a generator or coroutine finishes (the frame goes); a finished Task names its coroutine with "done, defined at".
import asyncio
async def nap():
    await asyncio.sleep(0)
    return 1
async def main():
    t = asyncio.create_task(nap(), name='T')
    await t
    print(repr(t).replace(__file__, 'FILE'))
    c = nap(); print(c.cr_code.co_name); c.close(); print(c.cr_code.co_name, c.cr_frame)
def g(): yield 1
x = g(); list(x); print(x.gi_code.co_name, x.gi_frame)
asyncio.run(main())
