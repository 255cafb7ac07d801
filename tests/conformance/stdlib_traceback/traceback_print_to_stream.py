import traceback, io
buf = io.StringIO()
try:
    [][1]
except IndexError:
    traceback.print_exc(file=buf)
text = buf.getvalue().replace(__file__, "FILE")
print(text.splitlines()[0], "|", text.splitlines()[-1])
te = traceback.TracebackException.from_exception(ValueError("from TE"))
print(list(te.format_exception_only()), te.exc_type.__name__ if hasattr(te, "exc_type") else "ValueError")
buf2 = io.StringIO()
traceback.print_exception(KeyError("no tb"), file=buf2)
print(repr(buf2.getvalue()))
s = traceback.StackSummary.from_list([("file.py", 10, "func", "code line")])
print(s.format())
