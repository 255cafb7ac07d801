def f(x):
    return 1/x
def g():
    try:
        f(0)
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
try:
    g()
except ValueError:
    raise KeyError("k")
