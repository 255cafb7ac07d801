import io
raw = io.BytesIO()
tw = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
tw.write("héllo\nwörld\n")
tw.flush()
print(raw.getvalue())
tw.seek(0)
print(tw.read().splitlines(), tw.encoding)
r = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\r\nline2"), encoding="utf-8")
print([r.readline()], r.read())
bad = io.TextIOWrapper(io.BytesIO(b"\xff\xfe"), encoding="utf-8", errors="replace")
print(repr(bad.read()))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), io.DEFAULT_BUFFER_SIZE > 0, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
with open(__file__, "rb") as f:
    print(type(f).__name__, f.read(6))
with open(__file__, encoding="utf-8") as f:
    print(type(f).__name__, f.readline().strip())
