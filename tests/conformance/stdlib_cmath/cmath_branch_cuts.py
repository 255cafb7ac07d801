import cmath
for z in [complex(-1, 0.0), complex(-1, -0.0), complex(0, 2), complex(0, -2), complex(2, 0.0), complex(2, -0.0)]:
    print(z, cmath.sqrt(z), cmath.log(z), cmath.asin(z) if abs(z.real) > 1 or abs(z.imag) > 0 else cmath.asin(z))
print(cmath.sqrt(complex(-0.0, 0.0)), cmath.sqrt(complex(0.0, -0.0)), cmath.polar(-0.0 + 0j), cmath.polar(complex(-1, -0.0)))
