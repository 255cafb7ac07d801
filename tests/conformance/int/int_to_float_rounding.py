# float(int) for big ints is the nearest double, ties to even (random values, exact ties, near-ties), and OverflowError past the range.
import random, math
from fractions import Fraction
r = random.Random(5)
bad = 0
for i in range(3000):
    n = r.getrandbits(r.randrange(54, 1020)) * r.choice((1, -1))
    if r.random() < 0.3:
        k = r.randrange(60, 1000)
        n = (1 << k) + (1 << (k - 53)) * r.choice((1, 3)) + r.choice((0, 1, -1))   # ties and near-ties
    f = float(n)
    e = abs(Fraction(f) - n)
    if e > abs(Fraction(math.nextafter(f, -math.inf)) - n) or e > abs(Fraction(math.nextafter(f, math.inf)) - n): bad += 1
print('misrounded', bad)
print(float(10**20 + 1), float(10**20 + 4), float(-(10**30) - 7), float(2**1023 * 3 // 2), float((1 << 80) + (1 << 27)), float((1 << 80) + 3 * (1 << 27)))
try: float(2**1024)
except OverflowError as e: print(e)
