# memoryview.cast to every native format: sizes, unpacking, packing and its errors, comparisons.
m = memoryview(bytearray(b'\x01\x02\x03\x04\x05\x06\x07\x08'))
for f in 'bBchHiIlLqQnNfd?eP':
    try:
        c = m.cast(f); print(f, c.format, c.itemsize, len(c), c.tolist()[:4], c.shape, c.strides, c.nbytes)
    except Exception as e:
        print(f, type(e).__name__, e)
for f in ['@B', '<B', 'BB', 5, 'x', 'q']:
    try:
        print(repr(f), memoryview(b'abc').cast(f).format)
    except Exception as e:
        print(repr(f), type(e).__name__, e)
c = m.cast('h')
print(c[0], c[-1], c[1:3].tolist(), c[::2].tolist(), list(c), c == m, c == c.cast('B').cast('h'), bytes(c), c[1:3].nbytes)
c[0] = 5; print(m.tolist()[:2])
for v in [70000, 'x', 1.5, -32768, True]:
    try:
        c[0] = v; print("set", v, c[0])
    except Exception as e:
        print(type(e).__name__, e)
try:
    c.cast('i')
except Exception as e:
    print(type(e).__name__, e)
d = m.cast('d'); print(d[0])
b = memoryview(b'ab').cast('c'); print(b[0], b.tolist(), b == b'ab', memoryview(b'ab') == b'ab')
q = memoryview(b'\x01\x00').cast('?'); print(q.tolist())
print(m.cast('B', shape=[8]).shape)
h = memoryview(bytearray(8)).cast('e')
for v in [1.0, 0.1, 65504.0, 6e-8, 1e-8, -2.5, 65520.0, float('inf'), float('nan')]:
    try:
        h[0] = v; print(v, h[0], bytes(h[:1]))
    except Exception as e:
        print(v, type(e).__name__, e)
f = memoryview(bytearray(4)).cast('f')
for v in [1.1, 1e39, -0.0]:
    try:
        f[0] = v; print(v, f[0])
    except Exception as e:
        print(v, type(e).__name__, e)
u = memoryview(bytearray(8)).cast('Q'); u[0] = 2**64 - 1; print(u[0], u.tolist())
try:
    u[0] = 2**64
except Exception as e:
    print(type(e).__name__, e)
cc = memoryview(bytearray(2)).cast('c')
for v in [b'x', b'xy', bytearray(b'x'), 5]:
    try:
        cc[0] = v; print(cc.tolist())
    except Exception as e:
        print(type(e).__name__, e)
s = memoryview(bytearray(8)).cast('i'); s[0:2] = memoryview(bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00')).cast('i'); print(s.tolist())
try:
    s[0:2] = b'\x00' * 8
except Exception as e:
    print(type(e).__name__, e)
