# repr(float) is the shortest string that round-trips, also where the doubles are denser below a
# power of two (2**-24 is 5.960464477539063e-08), over random bit patterns.
import struct
vals = [2.0 ** e for e in range(-1074, 1024, 7)] + [2.0 ** e * 0.75 for e in range(-1000, 1000, 13)] + [5e-324, 1e-320, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1/3, 2/3, 1e22, 1e23, 9007199254740993.0]
seed = 7
for i in range(3000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    vals.append(struct.unpack('<d', struct.pack('<Q', seed))[0])
import hashlib
text = "\n".join(repr(v) for v in vals)
print(hashlib.sha256(text.encode()).hexdigest())
print(text[:400])
