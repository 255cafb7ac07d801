print(b'', b'abc', b"\x00\xff", b'\n\t\\', b'\'', b"\"")
print(list(b'\x01\x02\x7f\x80'))
print(b'\101\102', rb'\x41', len(rb'\x41'))
print(repr(bytes(range(0, 256, 17))))
print(b'it\'s', b"quote\"s", b'both \' "')
try:
    eval("b'caf\u00e9'")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(b'\\u1234', len(b'\\u1234'))
