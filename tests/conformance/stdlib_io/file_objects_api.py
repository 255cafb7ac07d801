# File objects: the methods of the three layers, their errors (closed files, wrong direction,
# bad arguments), context managers, iteration, detach, readinto, and open()'s argument checks.
import io
import os

BASE = "/tmp/file_objects_api"


def rmtree(top):
    if not os.path.lexists(top):
        return
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(top)


def attempt(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__module__ + "." + type(e).__name__, e)


rmtree(BASE)
os.mkdir(BASE)
os.chdir(BASE)

open("quick.txt", "w").write("written by a file object nobody closed\n")
print(open("quick.txt").read(), end="")
with open("lines.txt", "w") as f:
    f.writelines(["alpha\n", "beta\n", "gamma\n", "delta"])
with open("lines.txt") as f:
    print(f.readlines(7), f.readline(), f.readlines())
with open("lines.txt", "rb") as f:
    print(f.readlines(7), list(f))
with open("lines.txt") as f:
    print([(n, line.rstrip()) for n, line in enumerate(f, 1)], iter(f) is f)
with open("lines.txt", "rb", buffering=0) as f:
    print(f.readline(), f.readline(3), f.readlines())

ba = bytearray(4)
with open("lines.txt", "rb") as f:
    print(f.readinto(ba), ba, f.readinto(memoryview(ba)[1:3]), ba)
with open("lines.txt", "rb", buffering=0) as f:
    print(f.readinto(ba), ba)
    attempt("readinto bytes", lambda: f.readinto(b"xx"))

r = open("lines.txt")
w = open("out.txt", "w")
rb = open("lines.txt", "rb")
wb = open("out.bin", "wb")
raw = open("lines.txt", "rb", buffering=0)
attempt("text write on reader", lambda: r.write("x"))
attempt("text read on writer", lambda: w.read())
attempt("text write bytes", lambda: w.write(b"x"))
attempt("text read size str", lambda: r.read("1"))
attempt("text readline float", lambda: r.readline(1.5))
attempt("text seek cur", lambda: r.seek(3, 1))
attempt("text seek end", lambda: r.seek(-1, 2))
attempt("text seek negative", lambda: r.seek(-3))
attempt("text seek whence", lambda: r.seek(0, 5))
attempt("text truncate reader", lambda: r.truncate())
attempt("buffered write on reader", lambda: rb.write(b"x"))
attempt("buffered read on writer", lambda: wb.read())
attempt("buffered write str", lambda: wb.write("x"))
attempt("buffered seek whence", lambda: rb.seek(0, 5))
attempt("buffered seek data", lambda: rb.seek(2, os.SEEK_DATA))
attempt("buffered seek hole", lambda: rb.seek(0, os.SEEK_HOLE))
attempt("raw write on reader", lambda: raw.write(b"x"))
attempt("raw truncate on reader", lambda: raw.truncate(0))
attempt("detach", lambda: type(w.detach()).__name__)
attempt("after detach", lambda: w.write("x"))
attempt("repr after detach", lambda: repr(w)[:19])
for f in (r, rb, wb, raw):
    f.close()
    f.close()
attempt("closed text read", lambda: r.read())
attempt("closed text readline", lambda: r.readline())
attempt("closed text iter", lambda: next(iter(r)))
attempt("closed text tell", lambda: r.tell())
attempt("closed text enter", lambda: r.__enter__())
attempt("closed text readable", lambda: r.readable())
attempt("closed buffered read", lambda: rb.read())
attempt("closed buffered readline", lambda: rb.readline())
attempt("closed buffered peek", lambda: rb.peek())
attempt("closed buffered tell", lambda: rb.tell())
attempt("closed buffered seek", lambda: rb.seek(0))
attempt("closed buffered write", lambda: wb.write(b"x"))
attempt("closed buffered flush", lambda: wb.flush())
attempt("closed raw read", lambda: raw.read())
attempt("closed raw fileno", lambda: raw.fileno())
print(r.closed, rb.closed, raw.closed, repr(raw), repr(rb), repr(r))

attempt("mode rr", lambda: open("lines.txt", "rr"))
attempt("mode rw", lambda: open("lines.txt", "rw"))
attempt("mode tb", lambda: open("lines.txt", "tb"))
attempt("mode U", lambda: open("lines.txt", "U"))
attempt("mode b", lambda: open("lines.txt", "b"))
attempt("mode int", lambda: open("lines.txt", 1))
attempt("binary encoding", lambda: open("lines.txt", "rb", encoding="utf-8"))
attempt("binary errors", lambda: open("lines.txt", "rb", errors="strict"))
attempt("binary newline", lambda: open("lines.txt", "rb", newline=""))
attempt("unbuffered text", lambda: open("lines.txt", "r", buffering=0))
attempt("bad newline", lambda: open("lines.txt", newline="x"))
attempt("newline type", lambda: open("lines.txt", newline=1))
attempt("encoding type", lambda: open("lines.txt", encoding=1))
attempt("unknown encoding", lambda: open("lines.txt", encoding="no-such-codec"))
attempt("buffering str", lambda: open("lines.txt", buffering="1"))
attempt("file list", lambda: open(["lines.txt"]))
attempt("file float", lambda: open(1.5))
attempt("closefd with name", lambda: open("lines.txt", closefd=False))
attempt("FileIO mode", lambda: io.FileIO("lines.txt", "rt"))
attempt("FileIO plus twice", lambda: io.FileIO("lines.txt", "r++"))
attempt("bad fd", lambda: open(-1))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
with open("lines.txt", "rb") as b:
    t = io.TextIOWrapper(b, encoding="utf-8")
    print(t, t.readline(), t.buffer is b)
with io.FileIO("lines.txt") as raw:
    reader = io.BufferedReader(raw, 16)
    print(raw, reader.read(5), raw.tell(), reader.tell())
with open("lines.txt", "rb") as b:
    print(io.BufferedReader(io.BytesIO(b.read()), 4).read(6))
attempt("buffer size", lambda: io.BufferedReader(io.BytesIO(), 0))
os.chdir("/")
rmtree(BASE)
