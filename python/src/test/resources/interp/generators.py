def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
c = counter()
print(next(c), c.send(5), c.send(7))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("got", r)
    yield 3
print(list(outer()))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
g = closer(); print(next(g)); g.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower(); next(t); print(t.throw(ValueError("boom")))
gen = (x * x for x in range(4))
print(gen.__class__.__name__, list(gen), list(gen))
import types
async def coro(x):
    return x * 2
async def main():
    a = await coro(3)
    b = await coro(4)
    return a + b
cr = main()
try:
    cr.send(None)
except StopIteration as e:
    print("coroutine result", e.value)
async def agen():
    for i in range(3):
        yield i
async def use():
    out = []
    async for v in agen():
        out.append(v)
    return out
u = use()
try:
    u.send(None)
except StopIteration as e:
    print("async gen", e.value)
