import hashlib
h = hashlib.sha256()
for i in range(1000):
    h.update(str(i).encode())
print(h.hexdigest())
m = hashlib.md5()
chunk = b"a" * 1000
for _ in range(1000):
    m.update(chunk)
print(m.hexdigest(), hashlib.md5(b"a" * 1000000).hexdigest() == m.hexdigest())
print(hashlib.sha512(b"x" * 200).hexdigest())
print(hashlib.sha1(b"".join(bytes([i % 256]) for i in range(5000))).hexdigest())
