import cmath
for z in [-3.5+0.25j, 0.5, 2j, -2, 1e-320+1e-320j]:
    print([cmath.sqrt(z), cmath.exp(z) if abs(z) < 700 else 0, cmath.log(z), cmath.log10(z), cmath.sin(z) if abs(z) < 700 else 0, cmath.cos(z) if abs(z) < 700 else 0, cmath.tan(z) if abs(z) < 700 else 0])
    print([cmath.asin(z), cmath.acos(z), cmath.atan(z), cmath.sinh(z) if abs(z) < 700 else 0, cmath.cosh(z) if abs(z) < 700 else 0, cmath.tanh(z) if abs(z) < 700 else 0, cmath.asinh(z), cmath.acosh(z), cmath.atanh(z)])
for f in [lambda: cmath.exp(1000), lambda: cmath.atanh(1), lambda: cmath.log(0j), lambda: cmath.acos(1e308j), lambda: cmath.cosh(1000), lambda: cmath.log(1, 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(cmath.polar(3+4j), cmath.rect(1, cmath.pi), cmath.phase(-1-0j), cmath.log(1j, 1j), cmath.sqrt(-0.0), cmath.isclose(1, 1.0000001, rel_tol=1e-6), cmath.isclose(1j, 1j + 1e-10, abs_tol=1e-9))
