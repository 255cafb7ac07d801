n = 1000
print(n.to_bytes(2, 'big'), n.to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes(1, 'big'))
print(int.from_bytes(b'\x03\xe8', 'big'), int.from_bytes(b'\xe8\x03', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2], 'big'))
print((0).to_bytes(0, 'big'), (5).to_bytes(), int.from_bytes(b''))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print("OverflowError:", e)
print((10).bit_length(), (0).bit_length(), (-1).bit_length(), (7).bit_count())
print((6).as_integer_ratio(), (-4).numerator, (5).denominator, (3).real, (3).imag, (3).conjugate())
print((17).__floor__(), (17).__round__(-1), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(7, 0), round(7))
print(int.__name__, (5).__class__.__name__, isinstance(5, int), (5).is_integer() if hasattr(5, 'is_integer') else 'n/a')
print(hash(5), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(10**30))
