import io
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# case: stringio_basic
s = io.StringIO()
print(s.write('hello\nworld\n'), s.write(''), s.tell(), s.getvalue())
s.seek(0); print(repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()), s.tell())
s.seek(2); s.write('XY'); print(repr(s.getvalue()), s.tell())
s.seek(20); s.write('!'); print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell(), s.truncate(), repr(s.getvalue()))
s = io.StringIO('line1\nline2\r\nline3\rline4')
print(s.readlines(), s.readlines(), s.newlines, s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.encoding, s.errors)
s.seek(0); print(list(s)); s.seek(0); print(s.readlines(7)); s.seek(0); print(repr(s.read(0)), repr(s.readline(3)), repr(s.readline(100)))
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
for f in [lambda: c.read(), lambda: c.write('x'), lambda: c.getvalue(), lambda: c.tell(), lambda: c.seek(0), lambda: c.readable(), lambda: iter(c)]:
    t(f)
s = io.StringIO('abc')
for f in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek(0, 3), lambda: s.seek(0, 2), lambda: s.seek(0, 1), lambda: s.write(b'x'), lambda: s.truncate(-1), lambda: io.StringIO(5), lambda: io.StringIO('', newline='x'), lambda: io.StringIO('', newline=5), lambda: s.fileno(), lambda: s.detach(), lambda: s.read(None), lambda: s.read('a')]:
    t(f)
s = io.StringIO(); s.writelines(['a', 'b\n', 'c']); print(repr(s.getvalue()), s.tell())
print(io.StringIO(None).getvalue() == '', isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase), issubclass(io.BytesIO, io.BufferedIOBase))
# case: stringio_newlines
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\nb\r\nc\rd\n', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s = io.StringIO(newline=nl); s.write('x\r'); s.write('\ny\n'); s.seek(0)
    print(repr(s.getvalue()), s.readlines(), repr(s.newlines))
# case: bytesio
b = io.BytesIO(b'hello\nworld\n')
print(b.read(3), b.readline(), b.readline(), b.readline(), b.tell(), b.getvalue())
b.seek(0); print(b.readlines(), b.seek(-3, 2), b.read(), b.seek(2), b.seek(3, 1), b.tell())
b.seek(20); print(b.write(b'!'), b.getvalue(), b.truncate(4), b.getvalue(), b.tell())
b = io.BytesIO(); print(b.write(bytearray(b'ab')), b.write(memoryview(b'cd')), b.getvalue(), b.read(), b.seek(0), b.read1(3), b.read(None))
buf = bytearray(3); b.seek(0); print(b.readinto(buf), buf, b.readinto1(buf), buf)
b = io.BytesIO(b'abc'); v = b.getbuffer(); print(bytes(v), len(v))
t(lambda: b.write(b'xyz'))
del v
print(b.write(b'xyz'), b.getvalue())
for f in [lambda: b.write('s'), lambda: b.seek(-1), lambda: b.seek(0, 5), lambda: b.truncate(-1), lambda: b.seek(1.5), lambda: b.read('x')]:
    t(f)
b.close()
for f in [lambda: b.read(), lambda: b.write(b'x'), lambda: b.getvalue(), lambda: b.tell(), lambda: b.closed]:
    t(f)
b = io.BytesIO(b'a\nb\nc'); print(list(b), b.readable(), b.writable(), b.seekable())
b = io.BytesIO(b'line\n' * 3); print(b.readlines(6), b.readline(2))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
