# A generator made by a for statement's own call is referenced by that loop alone: leaving the
# loop early (break, return, an exception) drops it, and CPython closes it there and then.
import sys
log = []

def gen(name):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + name)

def report(what):
    print(what, log)
    log.clear()

for x in gen("break"):
    break
report("after break:")

def returns():
    for x in gen("return"):
        return x
returns()
report("after return:")

def raises():
    for x in gen("exception"):
        raise KeyError(x)
try:
    raises()
except KeyError:
    log.append("handler")
report("exception:")

try:
    for x in gen("handled in the same frame"):
        1 / 0
except ZeroDivisionError:
    log.append("handler")
report("same frame:")

for x in gen("outer"):
    for y in gen("inner"):
        break
    break
report("nested:")

while True:
    for x in gen("loop in loop"):
        if x == 1:
            break
    break
report("while:")

def relay():
    for x in gen("relayed"):
        yield x
r = relay()
next(r)
r.close()
report("closing the generator that loops:")

for x in gen("exhausted"):
    pass
report("exhausted:")

g = gen("named")
for x in g:
    break
report("a named generator stays open:")

def identity(x):
    return x
h = gen("passed through a call")
for x in identity(h):
    break
report("passed through a call:")
print(next(h), "still running")

class Holder:
    def items(self):
        yield from gen("method")
for x in Holder().items():
    break
report("a generator method:")

def with_context():
    try:
        yield "a"
    except GeneratorExit:
        log.append("GeneratorExit seen, exc_info: " + type(sys.exc_info()[1]).__name__)
        raise
for x in with_context():
    break
report("GeneratorExit:")
print(sys.exc_info())

def stubborn():
    try:
        yield 1
    finally:
        yield 2
import io, re
sys.stderr, saved = io.StringIO(), sys.stderr
try:
    for x in stubborn():
        break
finally:
    sys.stderr, captured = saved, sys.stderr.getvalue()
print(re.sub(r"0x[0-9a-f]+", "0x...", captured).replace(__file__, "FILE"))
print("the loop goes on after an ignored exception")
