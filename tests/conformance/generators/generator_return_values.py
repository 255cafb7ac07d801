def averager():
    total, count = 0, 0
    while True:
        term = yield
        if term is None:
            break
        total += term; count += 1
    return total / count
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
def simple():
    return 5
    yield
try:
    next(simple())
except StopIteration as e:
    print(e.value, repr(e))
