# The smaller inspect helpers: async generator and coroutine states and locals,
# getclosurevars, getargvalues/formatargvalues, getmodulename, indentsize,
# formatannotationrelativeto.
import asyncio
import inspect

LIMIT = 10


async def ticker(n):
    step = 0
    while step < n:
        yield step
        step += 1


async def main():
    agen = ticker(2)
    print(inspect.getasyncgenstate(agen), inspect.getasyncgenlocals(agen))
    print(await agen.__anext__(), inspect.getasyncgenstate(agen), inspect.getasyncgenlocals(agen))
    await agen.aclose()
    print(inspect.getasyncgenstate(agen), inspect.getasyncgenlocals(agen))
    try:
        inspect.getasyncgenlocals(3)
    except TypeError as error:
        print('TypeError', error)

asyncio.run(main())


async def sleeper(x):
    y = x + 1
    await asyncio.sleep(0)

coro = sleeper(4)
print(inspect.getcoroutinelocals(coro), inspect.getcoroutinestate(coro))
coro.send(None)
print(inspect.getcoroutinelocals(coro), inspect.getcoroutinestate(coro))
coro.close()
print(inspect.getcoroutinelocals(coro), inspect.AGEN_CLOSED, inspect.AGEN_RUNNING)


def make(offset):
    def add(value):
        return len([value]) + offset + LIMIT + missing_name
    return add

closure = inspect.getclosurevars(make(3))
print(closure.nonlocals, closure.globals, sorted(closure.builtins), sorted(closure.unbound))
print(type(closure).__name__, closure._fields)
try:
    inspect.getclosurevars(len)
except TypeError as error:
    print('TypeError', error)


def framed(a, b=2, *rest, c, **options):
    local = 'x'
    return inspect.getargvalues(inspect.currentframe())

info = framed(1, 3, 4, c=5, z=6)
print(info.args, info.varargs, info.keywords, sorted(info.locals))
print(inspect.formatargvalues(*info))
print(inspect.formatargvalues(['a'], None, None, {'a': 'q'}, formatvalue=lambda v: ':' + str(v)))

for path in ['pkg/mod.py', 'mod.pyc', '/x/y.so', 'README', 'a.b.py', 'noext.txt']:
    print(path, inspect.getmodulename(path))
for line in ['    four', '\tTab', 'none', '  \t mixed', '']:
    print(repr(line), inspect.indentsize(line))


class Local:
    pass

fmt = inspect.formatannotationrelativeto(Local)
print(fmt(Local), fmt(int), fmt(inspect.Parameter), fmt('str'))
