for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e300, -7.5]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), type(round(v)).__name__, type(round(v, 0)).__name__)
print(round(123.456, -2), round(5e-324, 400), round(1.23456789, 5), round(-0.0), round(-0.4))
import math
for v in [2.7, -2.7, 2.0, -0.0, 1e20]:
    print(math.floor(v), math.ceil(v), math.trunc(v), int(v))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(round(float('inf'), 2), round(float('nan'), 1))
