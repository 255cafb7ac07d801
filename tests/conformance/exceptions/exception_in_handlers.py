def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
def g():
    try:
        raise ValueError("v")
    except ValueError as e:
        try:
            raise TypeError("t")
        except TypeError:
            pass
        return repr(e)
print(g())
import sys
print(sys.exc_info())
try:
    raise IndexError("idx")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info()[0], sys.exception())
