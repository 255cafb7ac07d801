# math.fsum with NaN and infinities; math.sumprod (3.12) for ints, floats, mixed and other types, and its errors.
import math
from fractions import Fraction
nan, inf = float('nan'), float('inf')
print(math.fsum([1, nan, 2]), math.fsum([inf, 1]), math.fsum([inf, nan]), math.fsum([-inf, -inf]), math.fsum([0.1] * 10))
for bad in ([inf, -inf], [1, -inf, 2, inf]):
    try: math.fsum(bad)
    except ValueError as e: print('ValueError', e)
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [0.1] * 10), math.sumprod([1, 2.5], [3, 4]))
print(math.sumprod([Fraction(1, 3)], [3]), math.sumprod([], []), math.sumprod([True], [2]), math.sumprod([2 ** 70, 1.5], [3, 2]))
print(math.sumprod([1e308, 1e308], [10, -10]), math.sumprod(iter([1.5, 2]), (2, 0.25)), math.sumprod([0.1, 0.2, 0.3], [1, 1, 1]))
print(math.sumprod([inf, 1], [1, 1]), math.sumprod([nan], [1]))
for p, q in (([1], [1, 2]), ([1], ['a']), (['a'], [3]), (5, [1])):
    try: print(math.sumprod(p, q))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
