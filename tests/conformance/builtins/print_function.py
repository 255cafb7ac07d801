print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="-", end="!\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), "s", b"b")
print(*range(5), sep=", ")
print("x", sep=None, end=None)
import sys
print("to stdout", file=sys.stdout)
print("flush", flush=True)
class S:
    def __str__(self): return "S!"
print(S(), [S()] if False else "")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
import io
buf = io.StringIO()
print("into buffer", 42, file=buf)
print(repr(buf.getvalue()))
