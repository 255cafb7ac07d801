print(int(), int(0), int(-5), int(3.99), int(-3.99), int(True), int("  42  "), int("-0"), int("+17"))
print(int("1_000"), int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("10", 2))
print(int("  -0b11  ", 0), int("0", 0), int("٣"), int(b"12"), int(bytearray(b"34")), int(1e20), int(-1e-5))
class I:
    def __int__(self): return 7
class Ix:
    def __index__(self): return 8
class T:
    def __trunc__(self): return 9
print(int(I()), int(Ix()))
bad = [("", 10), ("1.5", 10), ("0x10", 10), ("12", 2), ("1__0", 10), ("_1", 10), ("09", 0), ("z", 35), ("abc", 16 if False else 10), (" ", 10)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for args in [(1.5, 10), ("1", 1), ("1", 37), (None,), ([],), (float('inf'),), (float('nan'),)]:
    try:
        print(int(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
