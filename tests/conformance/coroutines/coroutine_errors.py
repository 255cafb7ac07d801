async def f(): return 1
c = f()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
c.close()
try:
    compile("def g():\n    await x\n", "<c>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("async def g():\n    yield from x\n", "<c>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
async def h():
    await 5
c = h()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)
c2 = f()
try:
    c2.send(None)
except StopIteration:
    pass
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
