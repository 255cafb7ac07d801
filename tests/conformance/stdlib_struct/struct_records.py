import struct
from collections import namedtuple
Header = namedtuple("Header", "magic version flags length")
fmt = "<4sHBI"
raw = struct.pack(fmt, b"PYJA", 3, 0b101, 1024)
print(raw, struct.calcsize(fmt), Header._make(struct.unpack(fmt, raw)))
records = b"".join(struct.pack("<hf", i, i / 4) for i in range(-2, 3))
print([(a, b) for a, b in struct.iter_unpack("<hf", records)])
print(struct.pack(">?h?", True, -1, False), struct.unpack("<4B", struct.pack("<I", 0xDEADBEEF)), hex(struct.unpack(">I", b"\xde\xad\xbe\xef")[0]))
print(struct.pack("<d", float("inf")), struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.pack("<n", 5) if False else struct.pack("<i", -2 ** 31))
print(struct.pack("@i", 1) == struct.pack("=i", 1) or True, struct.pack("<3p", b"ab"), struct.unpack("<3p", b"\x02abc"[:3]))
