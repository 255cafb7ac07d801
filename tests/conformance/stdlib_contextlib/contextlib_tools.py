import contextlib, io
@contextlib.contextmanager
def managed(tag, log):
    log.append("enter " + tag)
    try:
        yield tag.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        log.append("exit " + tag)
log = []
with managed("a", log) as v:
    log.append("body " + v)
with managed("b", log):
    raise KeyError("k")
print(log)
with contextlib.suppress(FileNotFoundError):
    open("/no/such/file")
print("suppressed")
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print("hidden")
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print("to stderr", file=sys.stderr)
print(repr(out.getvalue()), repr(err.getvalue()))
with contextlib.ExitStack() as st:
    for i in range(3):
        st.callback(print, "callback", i)
@managed("deco", log)
def decorated():
    log.append("in decorated")
log.clear(); decorated(); print(log)
class MyCM(contextlib.AbstractContextManager):
    def __exit__(self, *exc): return None
with MyCM() as m:
    print(type(m).__name__)
