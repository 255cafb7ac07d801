import math
cases = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.factorial(-1),
         lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.pow(0, -1), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
         lambda: math.sqrt("x"), lambda: math.floor(float("inf")), lambda: math.floor(float("nan")), lambda: math.log(10, 1), lambda: math.fmod(1, 0),
         lambda: math.gcd(1.5), lambda: math.ldexp(1, 10000), lambda: math.cosh(1000), lambda: math.atanh(1), lambda: math.gamma(0)]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(math.nan), math.inf > 10 ** 400, math.exp(-1000))
