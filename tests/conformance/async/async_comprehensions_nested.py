# Async comprehensions inside other comprehensions, and async generator expressions: an inner
# comprehension that awaits makes the outer one async too (CPython 3.12's symtable rule).
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def main():
    print([[await val(z) for z in range(x)] for x in range(3)])
    print([[z async for z in agen(x)] for x in range(3)])
    print({x: {await val(z) for z in range(x)} for x in range(3)})
    print([v async for v in (x * 2 async for x in agen(3))])
    g = ([await val(z) for z in range(x)] for x in range(3))
    print(type(g).__name__, [v async for v in g])
    h = (await val(x) for x in range(4) if x % 2)
    print(type(h).__name__, [v async for v in h])
    outer = [(x async for x in agen(2)) for _ in range(2)]
    print([type(o).__name__ for o in outer], [[v async for v in o] for o in outer])
    try:
        [v async for v in (1 / x async for x in agen(2))]
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

asyncio.run(main())

for src in ("def f():\n    return [[await z for z in x] for x in y]",
            "def f():\n    return [(z async for z in x) for x in y]",
            "def f():\n    return ([z async for z in x] for x in y)"):
    try:
        compile(src, "<nested>", "exec")
        print("compiles:", src.splitlines()[1].strip())
    except SyntaxError as e:
        print("SyntaxError:", e.msg, (e.lineno, e.offset))
