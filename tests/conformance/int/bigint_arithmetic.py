a = 2 ** 200
b = 3 ** 120 + 7
print(a + b, a - b, a * b)
print(a // b, a % b, -a // b, -a % b, divmod(a, -b))
print(a ** 2 // b ** 3, (a * b) // a == b)
f = 1
for i in range(1, 51):
    f *= i
print(f, len(str(f)), sum(int(c) for c in str(f)))
print(-(10 ** 40) // 7, (-(10 ** 40)) % 7, 10 ** 40 // -7)
print(pow(3, 1000, 10 ** 9 + 7), pow(2, -1, 7), pow(-3, 3), pow(12345678901234567890, 3, 987654321))
print(abs(-10 ** 30), -(-10 ** 30), +(10 ** 30) == 10 ** 30)
print((10 ** 30).bit_length(), (-(10 ** 30)).bit_length(), (2 ** 64 - 1).bit_count())
print(int(str(7 ** 77)) == 7 ** 77, hex(2 ** 100), oct(-(2 ** 65)), bin(2 ** 70 + 1))
print(10 ** 30 / 10 ** 10, 2 ** 1023 * 2 / 2 ** 1000, (2 ** 1024) // (2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 1024 / 2 ** 1020)
