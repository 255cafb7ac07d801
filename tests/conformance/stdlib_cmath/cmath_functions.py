import cmath
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4 + 0j), cmath.exp(1j * cmath.pi).real, round(cmath.exp(1j * cmath.pi).imag, 15))
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(1 + 1j), cmath.rect(2, 0), abs(cmath.rect(1, cmath.pi / 2) - 1j) < 1e-15)
print(cmath.log(1j), cmath.log(-1), cmath.log10(100), cmath.log(8, 2), cmath.exp(0))
print(cmath.sin(1j), cmath.cos(1j), cmath.tan(0), cmath.asin(2), cmath.acos(2), cmath.atan(2j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isfinite(1 + 1j), cmath.isinf(complex(1, float("inf"))), cmath.isnan(complex(float("nan"), 0)))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print("TypeError:", e)
