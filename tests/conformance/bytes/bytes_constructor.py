print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(b"ab"), bytes("é", "utf-8"), bytes(range(3)), bytes(bytearray(b"x")), bytes(memoryview(b"mv")))
print(bytearray(), bytearray(2), bytearray(b"abc"), bytearray("hi", "ascii"), bytearray([65, 66]))
for args in [([256],), ([-1],), ("str",), (1.5,), (-1,), (["a"],), ("x", "no-codec")]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__ + ":", e)
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytearray.fromhex("0a0B"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
class B:
    def __bytes__(self): return b"custom"
print(bytes(B()), type(bytes(B())).__name__)
