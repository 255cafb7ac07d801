import math
print(math.factorial(50))
print(math.comb(100, 50), math.perm(20, 10))
print(math.isqrt(2 ** 200 + 1), math.isqrt(99), math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 40, 3 ** 20))
print(math.floor(10 ** 20 + 0.5), math.ceil(1e20), math.trunc(-1e15), math.floor(-0.0))
print(math.sqrt(10 ** 100), math.log(10 ** 400), math.log2(2 ** 1000), math.log10(10 ** 500))
print([round(math.sin(math.radians(a)), 10) for a in range(0, 360, 45)])
