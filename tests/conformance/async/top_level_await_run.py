# Running code compiled with ast.PyCF_ALLOW_TOP_LEVEL_AWAIT: eval() returns a coroutine that binds
# the module's names when a loop runs it; 'single' mode echoes through sys.displayhook.
import ast
import asyncio
import inspect
import sys
import traceback

FLAG = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

ns = {"double": double, "asyncio": asyncio}
code = compile("a = await double(21)\nb = [await double(i) for i in range(3)]\nprint('in module', a, b)",
               "<tla>", "exec", flags=FLAG)
co = eval(code, ns)
print(type(co).__name__, inspect.iscoroutine(co), co.__name__, co.__qualname__, co.cr_code is code)
print("a" in ns, co.cr_frame.f_code.co_name)
print("result:", asyncio.run(co), ns["a"], ns["b"])
try:
    asyncio.run(co)
except RuntimeError as e:
    print("RuntimeError:", e)

# exec and eval with a separate locals mapping; an expression's value is the coroutine's result
glob, loc = {"double": double}, {}
print(asyncio.run(eval(compile("c = await double(5)", "<tla>", "exec", flags=FLAG), glob, loc)), loc, "c" in glob)
print(asyncio.run(eval(compile("await double(7) + 1", "<tla>", "eval", flags=FLAG), glob)))
print(eval(compile("len('abc')", "<tla>", "eval", flags=FLAG)))

# async for, async with, async comprehensions and a class at top level
src = """
class Res:
    async def __aenter__(self):
        print('enter')
        return self
    async def __aexit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return True
async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
total = 0
async for v in agen(4):
    total += v
async with Res() as r:
    raise ValueError('swallowed')
squares = {v: v * v async for v in agen(3)}
"""
ns = {"asyncio": asyncio}
asyncio.run(eval(compile(src, "<tla>", "exec", flags=FLAG), ns))
print(ns["total"], ns["squares"], type(ns["r"]).__name__)

# 'single' mode: expression statements go through sys.displayhook when the coroutine runs
shown = []
sys.displayhook = shown.append
co = eval(compile("await double(50)\n", "<stdin>", "single", flags=FLAG), {"double": double})
print("before run:", shown)
asyncio.run(co)
sys.displayhook = sys.__displayhook__
print("after run:", shown)

# an exception leaves through the coroutine's frames
async def fail():
    await asyncio.sleep(0)
    return {}["missing"]
try:
    asyncio.run(eval(compile("x = 1\nawait fail()", "<tla>", "exec", flags=FLAG), {"fail": fail}))
except KeyError as e:
    frames = [(f.filename.rpartition("/")[2], f.lineno, f.name) for f in traceback.extract_tb(e.__traceback__)]
    print("KeyError:", e, [f for f in frames if f[0] in ("<tla>", "top_level_await_run.py")])

# a task started by one top-level-await chunk goes on while a later chunk awaits (one loop)
ns = {"asyncio": asyncio, "log": []}
with asyncio.Runner() as runner:
    runner.run(eval(compile("async def bg():\n    for i in range(3):\n        log.append(i)\n        await asyncio.sleep(0)\n"
                            "task = asyncio.create_task(bg())\nawait asyncio.sleep(0)", "<tla>", "exec", flags=FLAG), ns))
    print("between chunks", ns["log"], ns["task"].done())
    runner.run(eval(compile("await task", "<tla>", "exec", flags=FLAG), ns))
    print("after", ns["log"], ns["task"].done())
