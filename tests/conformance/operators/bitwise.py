for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, 0), (2**70, 2**70 - 1)]:
    print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(2**100) >> 3, 5 >> 0, 0 << 1000)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
print(True & 3, True | False, True ^ 1, (5).bit_length(), (-5).bit_length(), (255).bit_count(), (-255).bit_count())
print({1, 2} & {2, 3}, {1, 2} | {3}, {1, 2} ^ {2, 3}, {1, 2} - {2})
