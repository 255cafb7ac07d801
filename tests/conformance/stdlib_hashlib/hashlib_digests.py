import hashlib
for name in ["md5", "sha1", "sha256", "sha512"]:
    for data in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 10]:
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
h2 = h.copy()
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), h2.hexdigest() == hashlib.sha256(b"hello ").hexdigest())
print(hashlib.md5(b"x").digest(), hashlib.sha1().digest_size, hashlib.sha256().block_size, hashlib.sha512().name, hashlib.md5().digest_size)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
print(hashlib.sha256(memoryview(b"mv")).hexdigest()[:16], hashlib.sha1(bytearray(b"ba")).hexdigest()[:16])
