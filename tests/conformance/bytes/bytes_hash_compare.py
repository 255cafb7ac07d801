print(b"a" == b"a", b"a" == bytearray(b"a"), b"a" == "a", b"a" < b"b", b"ab" < b"b", b"" < b"\x00", bytearray(b"z") > b"a")
print({b"k": 1}[b"k"], b"abc" == bytes([97, 98, 99]), sorted([b"b", b"a", b"ab"]))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" < "b"
except TypeError as e:
    print("TypeError:", e)
print(max(b"abc"), min(b"abc"), sum(b"\x01\x02"), b"abc".decode(), bytearray(b"\xc3\xa9").decode())
