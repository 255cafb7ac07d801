import zlib
data = b"hello hello hello hello " * 50 + bytes(range(256))
c = zlib.compress(data)
print(len(data), zlib.decompress(c) == data, len(c) < len(data), c[:2])
for level in [0, 1, 6, 9]:
    cl = zlib.compress(data, level)
    print(level, zlib.decompress(cl) == data)
print(zlib.crc32(b"hello"), zlib.crc32(b""), zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.crc32(b"b", zlib.crc32(b"a")))
co = zlib.compressobj()
parts = co.compress(b"stream ") + co.compress(b"of data") + co.flush()
do = zlib.decompressobj()
print(do.decompress(parts) + do.flush())
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print("zlib.error:", e)
known = bytes.fromhex("789ccb48cdc9c95728cf2fca490100") + zlib.adler32(b"hello world").to_bytes(4, "big")
print(zlib.decompress(known))
raw = zlib.compressobj(wbits=-15)
raw_data = raw.compress(b"raw deflate") + raw.flush()
print(zlib.decompress(raw_data, -15))
print(zlib.MAX_WBITS, zlib.DEFLATED)
