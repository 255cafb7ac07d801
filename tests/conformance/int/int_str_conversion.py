for v in [0, 1, -1, 255, -255, 2**63, -2**63 - 1]:
    print(str(v), repr(v), hex(v), oct(v), bin(v), format(v, 'x'))
print(str(10**100))
print(len(str(2**10000)))
import sys
print(sys.get_int_max_str_digits())
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
print(int("1" * 5000) % 1000)
