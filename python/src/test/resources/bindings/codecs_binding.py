import struct, zlib, hashlib, cmath
print(type(struct.Struct('i')), struct.calcsize(b'<ii'), struct.pack('<2h', 1, 2), struct.unpack_from('<h', b'\x00\x01\x02', offset=1))
for f in [lambda: struct.pack('<i', 2**40), lambda: struct.pack('<f', 1e300), lambda: struct.unpack('<i', b'\x00'), lambda: struct.pack('<i', 1.5), lambda: struct.pack_into('<i', b'abcd', 0, 1), lambda: struct.Struct(1), lambda: struct.pack('<s', 'x'), lambda: struct.unpack_from('<i', b'\x00' * 4, 2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
it = struct.iter_unpack('<b', b'\x01\x02'); print(it.__length_hint__(), list(it), struct.pack('?', []), struct.pack('<Q', 2**64 - 1), struct.unpack('<Q', b'\xff' * 8))
print(zlib.crc32(b'abc', 2**40 + 5), zlib.adler32(b'abc', -1), zlib.crc32(memoryview(b'abc')), zlib.ZLIB_VERSION, zlib.Z_BEST_COMPRESSION, zlib.decompress(zlib.compress(b'x' * 1000, level=9, wbits=-9), wbits=-9)[:3])
for f in [lambda: zlib.compress('x'), lambda: zlib.decompress(b'x'), lambda: zlib.compressobj(level=42), lambda: zlib.decompressobj(wbits=99), lambda: zlib.compress(b'', 42)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d = zlib.decompressobj(); data = zlib.compress(b'hello world' * 100); o = d.decompress(data, 10); print(o, len(d.unconsumed_tail) > 0, d.eof)
co = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY, b'hello'); x = co.compress(b'hello hello') + co.flush(); do = zlib.decompressobj(zdict=b'hello'); print(do.decompress(x))
print(hashlib.sha3_256(b'abc').hexdigest(), hashlib.shake_128(b'abc').hexdigest(8), hashlib.blake2b(b'abc', digest_size=8).hexdigest(), hashlib.blake2s(key=b'k').hexdigest()[:8])
print(hashlib.new('SHA256', b'x').hexdigest()[:8], hashlib.new('md5', data=b'x').name, hashlib.sha1(string=b'x').hexdigest()[:6], sorted(hashlib.algorithms_guaranteed)[:3], 'sha256' in hashlib.algorithms_available)
for f in [lambda: hashlib.new('foo'), lambda: hashlib.sha256(1), lambda: hashlib.md5().update('x'), lambda: hashlib.blake2b(digest_size=100), lambda: hashlib.shake_128().digest()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
h = hashlib.sha512(); print(h.digest_size, h.block_size, h.name, type(h).__name__, hashlib.shake_256().name, type(hashlib.shake_256()).__name__, hashlib.blake2b().name)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('sha1', b'p', b's', 2, dklen=10).hex())
print(hashlib.pbkdf2_hmac('sha512', b'k' * 200, b'salt', 3, 100).hex())
for a in [('sha1', b'p', b's', 0), ('sha1', b'p', b's', 1, 0), ('sha1', 'p', b's', 1)]:
    try:
        hashlib.pbkdf2_hmac(*a)
    except Exception as e:
        print(type(e).__name__, e)
