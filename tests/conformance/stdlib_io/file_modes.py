# open() modes r/w/a/x with +, text and binary: positions, appends, truncation, layers and reprs.
import io
import os

BASE = "/tmp/file_modes"


def rmtree(top):
    if not os.path.lexists(top):
        return
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(top)


rmtree(BASE)
os.mkdir(BASE)
os.chdir(BASE)

with open("t.txt", "w") as f:
    print(f, f.buffer, f.buffer.raw, sep="\n")
    print(f.mode, f.buffer.mode, f.name, f.encoding, f.errors, f.newlines, f.line_buffering, f.readable(), f.writable(), f.seekable())
    print(f.write("0123456789"), f.tell(), f.write("\nend\n"), f.tell())
print(f.closed, f.buffer.closed, repr(f), repr(f.buffer.raw))
with open("t.txt") as f:
    print(f.read(4), f.tell(), f.readline(), f.tell(), f.read(), f.tell(), repr(f.read()))
    print(f.seek(2), f.read(3), f.seek(0, os.SEEK_END), f.seek(0, os.SEEK_CUR), repr(f.read()))
with open("t.txt", "a") as f:
    print(f.tell(), f.write("more\n"), f.tell(), f.buffer.raw.mode)
with open("t.txt", "r+") as f:
    print(f.read(3), f.write("XY"), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open("t.txt", "w+") as f:
    print(repr(f.read()), f.write("fresh"), f.seek(0), f.read(), f.buffer, f.buffer.raw.mode)
with open("t.txt", "a+") as f:
    print(f.tell(), repr(f.read()), f.seek(0), f.read(), f.write("!"), f.seek(0), f.read())
with open("new.txt", "x") as f:
    print(f.mode, f.buffer.raw.mode, f.write("created"))
with open("new.txt") as f:
    print(f.read())
try:
    open("new.txt", "x")
except FileExistsError as e:
    print("FileExistsError:", e)

with open("b.bin", "wb") as f:
    print(f, f.raw, f.mode, f.write(b"\x00\x01abc\n\xffdef\n"), f.tell())
with open("b.bin", "rb") as f:
    print(f, f.read(2), f.peek(3)[:3], f.read1(2), f.tell(), f.readline(), f.readlines(), f.read(), f.read(5))
with open("b.bin", "rb+") as f:
    print(f, f.read(3), f.write(b"ZZ"), f.tell(), f.seek(0), f.read())
    print(f.truncate(4), f.tell(), f.seek(0), f.read(), f.seek(-2, 2), f.read())
with open("b.bin", "ab") as f:
    print(f, f.tell(), f.write(b"+tail"), f.tell())
with open("b.bin", "rb", buffering=0) as f:
    print(f, f.read(3), f.readall(), f.read(), f.tell(), f.seek(1), f.read(2))
with open("b.bin", "wb", 0) as f:
    print(f, f.write(b"raw"), f.truncate(), f.tell())
with open("b.bin", "br+") as f:
    print(f.mode, f.raw.mode, f.read())
with open("b.bin", "ab+", buffering=0) as f:
    print(f, f.tell(), f.write(b"!"), f.seek(0), f.read())

for mode in ("rt", "tr", "wt", "r+t"):
    with open("t.txt", mode) as f:
        print(mode, type(f).__name__, f.mode, type(f.buffer).__name__, f.buffer.raw.mode)
print(io.open is open, io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper)
with open("t.txt") as t, open("t.txt", "rb") as b, open("t.txt", "rb", buffering=0) as r:
    print(isinstance(t, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(r, io.RawIOBase),
          all(isinstance(x, io.IOBase) for x in (t, b, r)), isinstance(t, io.RawIOBase))
    print(type(t.fileno()).__name__, t.fileno() == t.buffer.fileno() == t.buffer.raw.fileno(), t.isatty())
fd = os.open("t.txt", os.O_RDONLY)
with open(fd) as f:
    print(f.name == fd, f.buffer.raw.closefd, f.read())
with open(b"t.txt") as f:
    print(f.name, repr(f))
print(sorted(os.listdir()))
os.chdir("/")
rmtree(BASE)
