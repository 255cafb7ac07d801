def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = acc()
print(g.send(None), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g = acc()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)
g = catcher()
print(next(g), g.throw(ValueError("boom")), next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = closer()
print(next(g))
g.close()
g.close()
try:
    next(g)
except StopIteration:
    print("closed generator stops")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
