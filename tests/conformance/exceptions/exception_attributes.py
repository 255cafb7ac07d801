try:
    {}["key"]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    [][3]
except IndexError as e:
    print(str(e), e.args)
try:
    int("x")
except ValueError as e:
    print(str(e), e.args)
e = OSError(2, "No such file or directory", "missing.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__, repr(e))
e2 = OSError(2, "msg")
print(type(e2).__name__, str(e2))
print(type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(999, "x")).__name__)
s = StopIteration(5)
print(s.value, s.args)
se = SystemExit(2)
print(se.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(u), u.start, u.end, u.object)
a = AttributeError("msg", name="attr", obj=5)
print(a.name, a.obj, str(a))
n = NameError("msg", name="nm")
print(n.name, str(n))
print(KeyError("a", "b"), KeyError(), KeyError(""), repr(KeyError("q")))
print(str(ValueError(None)), str(Exception(1, 2)), str(Exception((1, 2))), str(Exception([1])))
