def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(next(g), next(g), next(g), next(g, "exhausted"))
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
def with_return():
    yield 1
    return "result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
def lazy():
    print("started")
    yield "first"
    print("resumed")
    yield "second"
    print("finishing")
g = lazy()
print("created")
for v in g:
    print("got", v)
print(iter(g) is g, type(g).__name__)
