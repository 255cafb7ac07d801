import types
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
@types.coroutine
def suspend(v):
    got = yield v
    return got
async def uses_suspend():
    a = await suspend("first")
    b = await suspend("second")
    return a + b
c = uses_suspend()
print(c.send(None), c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print("done", e.value)
async def never(): pass
n = never()
n.close()
print("closed ok")
