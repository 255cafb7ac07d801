from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("div") as t:
    with tag("p"):
        print("text in", t)
@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)
with swallow(KeyError):
    {}["missing"]
print("continues")
try:
    with swallow(KeyError):
        raise ValueError("not swallowed")
except ValueError as e:
    print("propagated", e)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
