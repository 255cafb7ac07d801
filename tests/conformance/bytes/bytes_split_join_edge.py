print(b"a  b".split(), b"a  b".split(b" "), b"".split(), b"".split(b","), b"a,b,c".rsplit(b",", 1), b"abc".split(b"abc"))
print(b"  x  ".lstrip(), b"  x  ".rstrip(), b"\x00x\x00".strip(b"\x00"), b"a\x0bb".split())
print(bytearray(b"a b").split(), type(bytearray(b"a b").split()[0]).__name__, b"".join([bytearray(b"x"), b"y", memoryview(b"z")]))
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
print(b"abc".center(9, b"."), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"tEsT".capitalize())
