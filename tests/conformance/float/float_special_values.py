inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, inf / inf, 1 / inf, -1 / inf, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan])
print(0.0 == -0.0, str(-0.0), str(0.0 * -1), 1 / (-inf), (-0.0) + 0.0, (-0.0) * (-1), abs(-0.0))
print(max(nan, 1), max(1, nan), min(nan, 1), sorted([3, 1, 2]))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2, 1e-323 / 2, 5e-324 / 2)
try:
    2.0 ** 1024
except OverflowError as e:
    print("OverflowError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print((-8.0) ** (1 / 3) if False else (-8.0) ** 2, (-2.0) ** 0.5)
print(float('inf') ** 0, nan ** 0, 1 ** nan, 0.0 ** 0.0, inf ** -1)
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.copysign(1, -0.0), math.copysign(3, nan))
