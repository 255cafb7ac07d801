data = [b"caf\xc3\xa9", b"\xff\xfe", b"abc\x80def", b"\xe2\x82", b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"\xc0\xaf"]
for b in data:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            print(repr(b.decode("utf-8", errors)), end=" ")
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e, end=" | ")
    print()
print(b"\xe9t\xe9".decode("latin-1"), b"\x80".decode("cp1252"), b"a\x00b\x00".decode("utf-16-le"), b"hi".decode("ascii"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
    print(e.encoding, e.object, e.start, e.end, e.reason)
