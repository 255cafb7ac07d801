vals = [0.1, 0.7, 1.1, 2.675, 1e-10, 1e15, 1e16, 1.0e17, 9007199254740993, 0.30000000000000004,
        float('inf'), -float('inf'), -0.0, 3.0, 1/7, 123456789.123456789]
for v in vals:
    r = repr(v)
    print(r, float(r) == v or r == 'nan')
print(repr(float('nan')), str(-float('nan')))
print(int('12345678901234567890123456789'), repr(-10**20))
print(repr(1e16), repr(1e-4), repr(1e-5), str(12345678901234567.0))
