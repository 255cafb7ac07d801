import zlib
payload = bytes((i * 7) % 251 for i in range(10000))
comp = zlib.compressobj(level=9)
chunks = [comp.compress(payload[i:i + 1000]) for i in range(0, len(payload), 1000)]
chunks.append(comp.flush())
blob = b"".join(chunks)
d = zlib.decompressobj()
out = b"".join(d.decompress(blob[i:i + 100]) for i in range(0, len(blob), 100)) + d.flush()
print(out == payload, d.eof, d.unused_data, zlib.crc32(out) == zlib.crc32(payload))
d2 = zlib.decompressobj()
print(d2.decompress(zlib.compress(b"abc") + b"trailing"), d2.unused_data, d2.eof)
for bad in [b"", b"\x78\x9c", zlib.compress(b"data")[:-3]]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error:", e)
gz = zlib.compressobj(wbits=31)
gzdata = gz.compress(b"gzip body") + gz.flush()
print(gzdata[:2], zlib.decompress(gzdata, 31), zlib.decompress(gzdata, 47))
