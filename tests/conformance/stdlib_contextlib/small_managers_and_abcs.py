# nullcontext, closing, chdir, ContextDecorator and the abstract base classes.
import contextlib, os

n = contextlib.nullcontext(42)
with n as v:
    print("null", v, n.enter_result)
with contextlib.nullcontext() as v:
    print("null default", v)
print(n.__exit__(KeyError, KeyError(), None))


class Resource:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True
        print("closed")


res = Resource()
try:
    with contextlib.closing(res) as r2:
        print(r2 is res, res.closed)
        raise ValueError("in block")
except ValueError:
    print("propagated, closed:", res.closed)

start = os.getcwd()
c = contextlib.chdir("/")
with c:
    print("in root", os.getcwd())
    with c:
        print("nested", os.getcwd(), len(c._old_cwd))
print("restored", os.getcwd() == start, c._old_cwd)

ACM = contextlib.AbstractContextManager
class HasBoth:
    def __enter__(self): return self
    def __exit__(self, *a): pass
class Blocked(HasBoth):
    __exit__ = None
class OnlyEnter:
    def __enter__(self): return self
print(issubclass(HasBoth, ACM), issubclass(Blocked, ACM), issubclass(OnlyEnter, ACM),
      isinstance(open(__file__), ACM), isinstance(contextlib.suppress(), ACM))
print(issubclass(HasBoth, contextlib.AbstractAsyncContextManager))
print(ACM[int], contextlib.AbstractAsyncContextManager[str, int])
try:
    ACM()
except TypeError as e:
    print("TypeError:", e)

class Mine(ACM):
    def __exit__(self, *a):
        return super().__exit__(*a)
with Mine() as m:
    print(type(m).__name__, m.__exit__(None, None, None))


class Logged(contextlib.ContextDecorator):
    def __enter__(self):
        print("  logged enter")
        return self

    def __exit__(self, *exc):
        print("  logged exit", exc[0])
        return False


@Logged()
def double(x):
    return x * 2
print(double(21), double.__name__)
print(contextlib.__all__)
