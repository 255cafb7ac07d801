def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def ext_gcd(a, b):
    if b == 0: return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
print(gcd(1071, 462), gcd(-48, 18), gcd(2 ** 100, 3 ** 50 * 2 ** 7), ext_gcd(240, 46))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt(10 ** 40 + 12345), isqrt(99), isqrt(2 ** 127))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0: return "0"
    sign, n, out = "-" if n < 0 else "", abs(n), []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
print([to_base(v, b) for v, b in [(255, 2), (255, 16), (-255, 36), (10 ** 20, 7), (0, 3)]], int(to_base(10 ** 20, 7), 7) == 10 ** 20)
print(pow(7, 10 ** 18, 10 ** 9 + 7), pow(123456789, -1, 10 ** 9 + 7), sum(pow(i, 3) for i in range(1000)) % 99991)
