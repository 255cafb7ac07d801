class Inspect:
    def __init__(self, ret): self.ret = ret
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__ if et else None, repr(ev), tb is not None)
        return self.ret
with Inspect(False):
    pass
with Inspect(True):
    raise KeyError("suppressed")
with Inspect(1):
    raise IndexError("truthy suppresses")
try:
    with Inspect(None):
        raise TypeError("not suppressed")
except TypeError as e:
    print("propagated", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("exit failed")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class EnterRaises:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with EnterRaises():
        print("never")
except OSError as e:
    print("OSError:", e)
