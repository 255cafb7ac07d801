# compile(..., flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT): which code may await at module level, which
# code objects become coroutines (CO_COROUTINE), and the errors with and without the flag.
import ast
import inspect

FLAG = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
print(FLAG, hex(FLAG), inspect.CO_COROUTINE)

CASES = [
    ("await x", "exec"), ("await x", "eval"), ("await x\n", "single"),
    ("y = await x", "exec"), ("print(await x)", "exec"), ("f'{await x}'", "eval"),
    ("async for i in y: pass", "exec"), ("async with y as z: pass\n", "single"),
    ("[x async for x in y]", "eval"), ("{x: 1 async for x in y}", "exec"),
    ("(x async for x in y)", "eval"), ("[await x for x in y]", "exec"),
    ("[[z async for z in x] for x in y]", "exec"), ("[(x async for x in y) for z in w]", "exec"),
    ("([await z for z in x] for x in y)", "exec"), ("lambda: (x async for x in y)", "exec"),
    ("if y:\n    await x", "exec"), ("try:\n    await x\nfinally:\n    pass", "exec"),
    ("def f(a=await d): pass", "exec"), ("@(await d)\ndef f(): pass", "exec"),
    ("class C(await b): pass", "exec"), ("x: int = await y", "exec"),
    ("async def f():\n    await x\nawait f()", "exec"), ("async def f():\n    await x", "exec"),
    ("1 + 1", "exec"), ("1 + 1\n", "single"), ("1 + 1", "eval"),
    ("class C:\n    await x", "exec"), ("class C:\n    x = [a async for a in y]", "exec"),
    ("class C:\n    async with y: pass", "exec"), ("class C:\n    g = (x async for x in y)", "exec"),
    ("def f():\n    await x", "exec"), ("def f():\n    async for x in y: pass", "exec"),
    ("def f():\n    return [x async for x in y]", "exec"),
    ("def f():\n    return [[z async for z in x] for x in y]", "exec"),
    ("lambda: await x", "exec"), ("lambda: [x async for x in y]", "exec"),
    ("await (yield)", "exec"), ("await x\nyield 1", "exec"), ("return await x", "exec"),
]

for flags in (0, FLAG):
    print("flags =", flags)
    for src, mode in CASES:
        try:
            code = compile(src, "<tla>", mode, flags=flags)
            print(" ", repr(src), mode, "co_flags:", hex(code.co_flags & 0x3a0),
                  "coroutine" if code.co_flags & inspect.CO_COROUTINE else "plain")
        except SyntaxError as e:
            print(" ", repr(src), mode, "SyntaxError:", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))

# the flag is not inherited by nested functions: only the module awaits
code = compile("async def f():\n    return await g()\nawait f()", "<tla>", "exec", flags=FLAG)
print([hex(c.co_flags & 0x3a0) for c in code.co_consts if hasattr(c, "co_flags")])

# compile()'s argument checks
for kwargs in ({"flags": 0x100}, {"flags": -1}, {"flags": 0x8000}, {"flags": "0x2000"},
               {"optimize": 3}, {"flags": 0x10}, {"flags": 0x1000}):
    try:
        compile("x", "<tla>", "exec", **kwargs)
        print(kwargs, "ok")
    except (ValueError, TypeError) as e:
        print(kwargs, type(e).__name__ + ":", e)
for mode in ("func_type", "other"):
    try:
        compile("x", "<tla>", mode, flags=FLAG)
    except ValueError as e:
        print(mode, "ValueError:", e)

# the annotations future as a flag
ns = {}
exec(compile("x: undefined_name[int] = 1", "<tla>", "exec", flags=0x1000000), ns)
print(ns["__annotations__"], ns["x"])
