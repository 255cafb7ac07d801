# @contextmanager: error messages, and which exceptions come back out of the with statement.
import contextlib


def show(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "raised", type(e).__name__, e,
              "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)


@contextlib.contextmanager
def never_yields():
    if False:
        yield


@contextlib.contextmanager
def yields_twice():
    yield 1
    yield 2


@contextlib.contextmanager
def plain():
    """A documented manager."""
    yield "value"


@contextlib.contextmanager
def swallows(kind):
    try:
        yield
    except kind as e:
        print("  swallowed", repr(e))


@contextlib.contextmanager
def translates():
    try:
        yield
    except KeyError as e:
        raise ValueError("translated") from e


@contextlib.contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        yield "again"


def enter(cm):
    with cm as v:
        return v


def body_raises(cm, exc):
    with cm:
        raise exc


show("no yield", lambda: enter(never_yields()))
show("two yields", lambda: enter(yields_twice()))
show("two yields, body fails", lambda: body_raises(yields_twice(), OSError("io")))
show("keeps going", lambda: body_raises(keeps_going(), OSError("x")))
show("swallowed", lambda: body_raises(swallows(LookupError), KeyError("k")))
show("not swallowed", lambda: body_raises(swallows(LookupError), OSError("o")))
show("translated", lambda: body_raises(translates(), KeyError("k")))
show("StopIteration body", lambda: body_raises(plain(), StopIteration("s")))
show("RuntimeError body", lambda: body_raises(plain(), RuntimeError("r")))
show("GeneratorExit body", lambda: body_raises(swallows(GeneratorExit), GeneratorExit()))
