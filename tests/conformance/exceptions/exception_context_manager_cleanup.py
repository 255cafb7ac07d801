def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        saved = e
    return saved
s = f()
print(repr(s), s.__traceback__ is not None)
def g():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return "err" in dir()
print(g())
try:
    raise ExceptionGroup if False else RuntimeError("x")
except RuntimeError as exc:
    name = type(exc).__name__
print(name)
