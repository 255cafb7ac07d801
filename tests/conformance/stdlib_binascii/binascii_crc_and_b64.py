import binascii
for data in [b"", b"a", b"abc", b"message digest", bytes(range(256))]:
    print(len(data), binascii.crc32(data), hex(binascii.crc32(data)), binascii.b2a_base64(data, newline=False)[:24])
print(binascii.a2b_base64(b"YWJj\nZGVm"), binascii.hexlify(b"\x01\x02\x03", b":", 2), binascii.unhexlify(b"AbCd"))
try:
    binascii.a2b_base64(b"a")
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.crc32(b"hello world") == binascii.crc32(b"world", binascii.crc32(b"hello ")))
