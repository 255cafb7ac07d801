def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
g = outer()
print(next(g), g.send("sent"), next(g))
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from (x * x for x in range(3))
    yield from {"k": 1}
print(list(from_iterables()))
def delegating_throw():
    try:
        yield from catching()
    except KeyError:
        yield "outer caught"
def catching():
    try:
        yield 1
    except ValueError:
        yield "inner caught"
g = delegating_throw()
print(next(g), g.throw(ValueError), g.throw(KeyError) if False else next(g, "done"))
