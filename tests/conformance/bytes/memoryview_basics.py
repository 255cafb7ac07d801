data = bytearray(b"abcdef")
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[1:3]), mv.nbytes, len(mv), mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape)
mv[0] = ord("A")
print(data)
mv[2:4] = b"CD"
print(data, mv.tobytes(), mv.hex(), mv.tolist()[:3])
ro = memoryview(b"xyz")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(ro == b"xyz", bytes(ro[::-1]), ro.obj == b"xyz")
mv.release()
try:
    mv[0]
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"ctx") as m:
    print(m.tobytes())
