def bad():
    yield 1
    raise StopIteration("explicit")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__cause__)
def uses_next():
    it = iter([1])
    while True:
        yield next(it)
try:
    print(list(uses_next()))
except RuntimeError as e:
    print("RuntimeError:", e)
def fine():
    it = iter([1, 2])
    for v in it:
        yield v
    return
print(list(fine()))
