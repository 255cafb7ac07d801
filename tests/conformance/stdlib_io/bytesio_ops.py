import io
b = io.BytesIO(b"binary\x00data")
print(b.read(6), b.read(1), b.read(), b.tell())
b.seek(-4, io.SEEK_END); print(b.read())
b = io.BytesIO()
b.write(b"abc"); b.write(bytearray(b"def")); b.writelines([b"g", b"h"])
print(b.getvalue(), len(b.getbuffer()), b.tell())
b.seek(1); b.write(b"ZZ"); print(b.getvalue())
b.seek(0); print(b.read1(2) if hasattr(b, "read1") else b.read(2), b.readline())
buf = bytearray(4)
b.seek(0); print(b.readinto(buf), buf)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError:", e)
b2 = io.BytesIO(b"l1\nl2\n")
print(list(b2))
try:
    b2.seek(-1)
except ValueError as e:
    print("ValueError:", e)
