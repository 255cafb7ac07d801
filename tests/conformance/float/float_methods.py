for v in [0.5, 1.0, -2.75, 0.1, 3.0, 1e20, -0.0]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex('0x.8'), float.fromhex('inf'), float.fromhex('0x1.fffffffffffffp+1023'))
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__name__)
for bad in [float('inf'), float('nan')]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    float.fromhex('0x1p2000')
except OverflowError as e:
    print("OverflowError:", e)
try:
    float.fromhex('zz')
except ValueError as e:
    print("ValueError:", e)
print(hash(0.5), hash(1.5), hash(-0.0), hash(0.0), hash(1e100) == hash(int(1e100)), hash(float('inf')))
