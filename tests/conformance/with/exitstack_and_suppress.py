from contextlib import ExitStack, suppress, nullcontext, closing, redirect_stdout
import io
class R:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, *a):
        print("close", self.n)
with ExitStack() as stack:
    rs = [stack.enter_context(R(i)) for i in range(3)]
    stack.callback(print, "callback ran")
    print("using", [r.n for r in rs])
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with nullcontext("value") as v:
    print(v)
class Closeable:
    def close(self): print("closed!")
with closing(Closeable()):
    print("in closing")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured text")
print(repr(buf.getvalue()))
with ExitStack() as stack:
    stack.enter_context(R("a"))
    new = stack.pop_all()
print("stack exited, popped still open")
new.close()
