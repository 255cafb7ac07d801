z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z, z * 1j, z / 2, z ** 2, z == complex(3, 4))
print(complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e2j"), complex(2.5))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1j) ** 2, 2 ** 1j == 2 ** 1j, (1 + 1j) ** 0)
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(complex(1e20, 1e-20)))
print(repr(complex(float('inf'), float('nan'))), repr(complex(1, float('-inf'))))
print(type(1j).__name__, (1 + 0j) == 1, hash(1 + 0j) == hash(1), hash(1j) == hash(1j), bool(0j), bool(1j))
for bad in ["1+", "j1", "1 + 2j", "", "()", "1+2jj"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for op in [lambda: 1j < 2j, lambda: 1j // 1, lambda: 1j % 2, lambda: int(1j), lambda: float(1j), lambda: complex("1", 2), lambda: round(1j)]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
