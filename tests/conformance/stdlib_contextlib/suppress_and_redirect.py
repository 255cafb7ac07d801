# suppress (exception groups too) and redirect_stdout/redirect_stderr.
import contextlib, io, sys

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("IndexError suppressed")
try:
    with contextlib.suppress():
        raise KeyError("none given")
except KeyError as e:
    print("nothing suppressed:", repr(e))
with contextlib.suppress(KeyError):
    raise ExceptionGroup("all match", [KeyError(1), KeyError(2)])
print("whole group suppressed")
try:
    with contextlib.suppress(KeyError):
        raise ExceptionGroup("mixed", [KeyError(1), ValueError(2), ExceptionGroup("inner", [KeyError(3), TypeError(4)])])
except ExceptionGroup as eg:
    print("rest:", repr(eg), "| context:", repr(eg.__context__))
s = contextlib.suppress(LookupError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(KeyError, KeyError(), None),
      s.__exit__(OSError, OSError(), None))

buf = io.StringIO()
r = contextlib.redirect_stdout(buf)
with r as target:
    print("first", target is buf)
    with r:
        print("nested")
    print("still redirected")
print("back", repr(buf.getvalue()), r._old_targets)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("oops", file=sys.stderr)
print(repr(err.getvalue()))
try:
    contextlib.redirect_stdout()
except TypeError as e:
    print("TypeError:", e)
