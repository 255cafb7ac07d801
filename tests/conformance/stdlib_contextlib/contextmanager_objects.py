# @contextmanager objects: attributes, entering twice, __doc__, __exit__ with a type only,
# and use as a decorator (a fresh generator per call).
import contextlib


def show(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)


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


cm = plain()
print(type(cm).__name__, cm.__doc__, sorted(k for k in vars(cm) if k != "gen"))
print(cm.__enter__(), sorted(vars(cm)))
show("enter twice", cm.__enter__)
print(cm.__exit__(None, None, None))

cm2 = swallows(KeyError)
cm2.__enter__()
print("exit with type only:", cm2.__exit__(KeyError, None, None))

@contextlib.contextmanager
def undocumented():
    yield
print(undocumented().__doc__)
print(plain.__name__, plain.__doc__, plain.__wrapped__.__name__)

calls = []
@contextlib.contextmanager
def tracing(tag):
    calls.append("enter " + tag)
    yield
    calls.append("exit " + tag)

@tracing("deco")
def work(n):
    calls.append(f"work {n}")
    return n * 2

print(work(1), work(2), calls)
print(work.__name__, work.__wrapped__.__name__)
