a = 2 ** 100 + 12345
b = -(2 ** 90) - 678
print(a & b, a | b, a ^ b, ~a, ~b, a >> 50, b >> 50, a << 7, b << 7)
print((a & 0xFFFF), (b & 0xFFFF), (-1) & (2 ** 70 - 1) == 2 ** 70 - 1, (-(2 ** 65)) | 1, (-5) ^ (2 ** 64))
print(a.bit_length(), b.bit_length(), a.bit_count(), b.bit_count(), (2 ** 64).to_bytes(9, "big"), int.from_bytes(b"\xff" * 10, "little", signed=True))
x = 1
for i in range(200):
    x = (x * 6364136223846793005 + 1442695040888963407) & ((1 << 64) - 1)
print(x, hex(x), x % 1000003)
