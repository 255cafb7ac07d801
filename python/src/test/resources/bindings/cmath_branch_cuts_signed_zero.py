import cmath
for z in [-(1+0j), -(2+0j), -(0.5+0j), (2+0j).conjugate(), (-2+0j).conjugate(), 1.5j*-1, -(0.5j)]:
    print(z, cmath.sqrt(z), cmath.log(z), cmath.asin(z), cmath.acos(z), cmath.atan(z), cmath.asinh(z), cmath.acosh(z), cmath.atanh(z) if abs(z) != 1 else 0, cmath.phase(z), cmath.polar(z))
