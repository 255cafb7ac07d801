for b in [b"", b"abc", b"'", b'"', b"'\"", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\", bytes(range(32, 40)), bytearray(b"x'y")]:
    print(repr(b), str(b))
print(repr(bytearray()), repr(bytearray(b"\x00")), ascii(b"\xff"))
print(repr(memoryview(b"ab").tobytes()), memoryview(b"ab").tolist())
