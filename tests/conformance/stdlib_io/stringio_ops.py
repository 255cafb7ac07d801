import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.read()), repr(s.read()))
s = io.StringIO("a\nb\nc")
print(s.readlines(), s.tell())
s.seek(0)
print([line for line in s])
s = io.StringIO("0123456789")
s.seek(5); s.write("XY"); print(s.getvalue())
s.truncate(4); print(repr(s.getvalue()), s.tell())
s.seek(0, io.SEEK_END); print(s.tell())
print(s.readable(), s.writable(), s.seekable(), s.closed)
s.close()
try:
    s.getvalue()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
print(repr(io.StringIO("x\r\ny", newline=None).read()), repr(io.StringIO("x\r\ny", newline="").read()))
