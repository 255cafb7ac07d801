# math.log and friends on ints: converted to float when they fit, else log(m) + log(2) * e.
import math
cases = [2**70, 2**1023, 2**1024, 10**308, 10**309, 3**700, float("inf"), float("nan"), 1, 0, -1, 0.0, -2.5, True, 2**64 - 1]
for f in (math.log, math.log10):
    for x in cases:
        try:
            print(f.__name__, x if not isinstance(x, int) or x < 10**20 else "big", f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
for x in [2**70, 2**1024, 2**5000, 8, 0.5, float("inf"), float("nan"), 0, -1, 1]:
    try:
        print("log2", x if not isinstance(x, int) or x < 10**20 else "big", math.log2(x))
    except ValueError as e:
        print("log2", type(e).__name__, e)
print(math.log(10**400, 10), math.log(2**2000, 2**1000), math.log(8, 2), math.log(1, 10), math.log10(10**500), math.log(10**400))
try:
    math.log(5, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
