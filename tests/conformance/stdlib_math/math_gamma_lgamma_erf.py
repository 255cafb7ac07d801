# lgamma and gamma follow CPython's own Lanczos algorithm; erf/erfc are checked where the C
# library and a correctly rounded result agree, and to within a relative 1e-14 in the tails.
import math
xs = [i / 7.0 for i in range(-140, 1300)] + [0.1 * k for k in range(1, 60)] + [1e-5, 1e-10, 170.5, 171.5, 150.3, -150.3, -170.5, -180.25]
out = []
for x in xs:
    try:
        out.append(repr(math.lgamma(x)))
    except ValueError as e:
        out.append("ValueError")
print(len(out), out[:6], out[140:146], out[-8:])
import hashlib
print(hashlib.sha256(" ".join(out).encode()).hexdigest())
print([math.gamma(x) for x in (0.5, 1.0, 2.5, 5.0, 10.0, 23.0, 24.0, -2.5, -0.5, 1e-30, 171.6)])
for f, bad in [(math.gamma, [0.0, -0.0, -1.0, 200.0, 1e-320, float("-inf"), -1e308]), (math.lgamma, [0.0, -2.0, float("inf")])]:
    for x in bad:
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__ + ":", e)
print(math.erf(1.0), math.erfc(1.0), math.erf(0.5), math.erfc(0.5), math.erf(-0.0), math.erf(7.0), math.erf(-7.0), math.erfc(-7.0), math.erfc(30.0))
print(math.erf(float("inf")), math.erf(float("-inf")), math.erfc(float("inf")), math.erfc(float("-inf")), math.erf(1e-300) == 1e-300 * 2 / math.sqrt(math.pi))
for x, want in [(6.5, 3.8421483271206475e-20), (10.0, 2.088487583762545e-45), (20.0, 5.395865611607901e-176), (26.5, 2.2109076642637343e-307)]:
    print(x, math.isclose(math.erfc(x), want, rel_tol=1e-14))
