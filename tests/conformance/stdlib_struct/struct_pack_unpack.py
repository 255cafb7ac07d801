import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("<h", -2), struct.pack("<q", -1), struct.pack("<Q", 2 ** 64 - 1))
print(struct.pack("<f", 1.5), struct.pack(">d", -0.1), struct.pack("<?", True), struct.pack("5s", b"ab"), struct.pack("<bBhH", -1, 255, -300, 65535))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.unpack("<d", struct.pack("<d", 3.14)), struct.unpack("3s", b"xyz"))
print(struct.calcsize("<I"), struct.calcsize("<bI"), struct.calcsize("@bI") >= 5, struct.calcsize("<10s"), struct.calcsize("<qhb"))
s = struct.Struct("<3sHf")
packed = s.pack(b"abc", 7, 0.5)
print(packed, s.size, s.unpack(packed), s.format)
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")), struct.unpack_from("<H", b"\x00\xff\x01\x00", 2))
buf = bytearray(6)
struct.pack_into("<HI", buf, 0, 1, 2)
print(buf)
for fmt, args in [("<B", (256,)), ("<b", (-129,)), ("<I", (-1,)), ("<H", ("x",)), ("<I", ()), ("<Z", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack("<e", 1.5), struct.unpack("<e", b"\x00\x3e"), struct.pack("!i", 258), struct.pack("<2x"), struct.pack("<c", b"z"))
