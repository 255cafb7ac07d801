import binascii
print(binascii.hexlify(b"\x00\xffab"), binascii.hexlify(b"abc", "-"), binascii.unhexlify("deadbeef"), binascii.a2b_hex(b"4142"), binascii.b2a_hex(b"\x10"))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""), binascii.crc_hqx(b"hello", 0))
print(binascii.b2a_base64(b"hello"), binascii.a2b_base64(b"aGVsbG8=\n"), binascii.b2a_base64(b"x", newline=False))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    binascii.unhexlify("zz")
except binascii.Error as e:
    print("binascii.Error:", e)
print(issubclass(binascii.Error, ValueError))
