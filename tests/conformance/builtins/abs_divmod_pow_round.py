print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(3, 4, 5), pow(-2, 3, 5), pow(4, -1, 7), pow(0, 0), pow(2, 0.5))
try:
    pow(3, -1, 6)
except ValueError as e:
    print("ValueError:", e)
print(round(3.14159, 2), round(2.5), round(-0.5), round(1234.5678, -2), round(5), round(15, -1), round(1.5, None))
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
