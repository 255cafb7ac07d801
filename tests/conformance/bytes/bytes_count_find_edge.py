b = b"abcabcabc"
print(b.count(b"abc"), b.count(b"a", 1), b.count(97), b.find(99), b.rfind(b"abc"), b.index(b"c", 3), b.rindex(98), b.find(b""), b.count(b""))
print(b.startswith(b"abc", 3), b.endswith(b"ab", 0, 5), b.replace(b"abc", b"-", 2), b.split(b"b", 1), b.rsplit(b"c", 1))
print(bytes(10).count(0), b"\x00\x01".find(1), b"aaa".replace(b"", b"."), b"abc".partition(b"x"), b"abc".rpartition(b"b"))
try:
    b.find(256)
except ValueError as e:
    print("ValueError:", e)
print(b"hello".isascii(), b"\xff".isascii(), b"Ab".istitle(), b"ab".islower(), b" \t\n".isspace(), b"".isalnum())
