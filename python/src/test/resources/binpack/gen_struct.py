#!/usr/bin/env python3
"""Generates struct_cases.txt with CPython 3.12 as the oracle (run once; output committed).

Line format (tab separated; a format is written as hex:<hex> if empty or not plain printable):
  calcsize <fmt> <result>
  pack     <fmt> <args> <result>
  unpack   <fmt> <hex buffer> <result>
  unpack_from <fmt> <hex buffer> <offset> <result>
  pack_into <fmt> <buffer size> <offset> <args> <result>   (result: hex of whole buffer)
  iter_unpack <fmt> <hex buffer> <result>                   (result: tuples joined by '|')
Values: i:<int>  f:<float.hex()>  n:<NaN as raw little-endian double hex>  b:<hex bytes>  t:<0|1> (bool)  o:<text> (a str: not a number)
Results: ok:<payload>  err:<ExceptionName>:<message>
"""
import struct, random

def fmt_fmt(f):
    # Formats with whitespace or control characters (and the empty one) are written as hex.
    if f and all(33 <= ord(ch) < 127 for ch in f):
        return f
    return 'hex:' + f.encode('latin-1').hex()

def enc(v):
    if isinstance(v, bool): return 't:%d' % v
    if isinstance(v, int): return 'i:%d' % v
    if isinstance(v, float):
        # NaNs carry sign and payload: written as the raw little-endian double.
        return ('n:' + struct.pack('<d', v).hex()) if v != v else 'f:' + v.hex()
    if isinstance(v, (bytes, bytearray)): return 'b:' + bytes(v).hex()
    if isinstance(v, str): return 'o:' + v
    raise TypeError(v)

def encs(vs):
    return ','.join(enc(v) for v in vs) if vs else '-'

def run(f):
    try:
        return 'ok:' + f()
    except Exception as e:
        return 'err:%s:%s' % ('StructError' if isinstance(e, struct.error) else type(e).__name__, e)

out = []
def calcsize(fmt):
    out.append('\t'.join(['calcsize', fmt_fmt(fmt), run(lambda: str(struct.calcsize(fmt)))]))
def pack(fmt, *args):
    out.append('\t'.join(['pack', fmt_fmt(fmt), encs(args), run(lambda: struct.pack(fmt, *args).hex())]))
def unpack(fmt, buf):
    out.append('\t'.join(['unpack', fmt_fmt(fmt), buf.hex() or '-', run(lambda: encs(struct.unpack(fmt, buf)))]))
def unpack_from(fmt, buf, off):
    out.append('\t'.join(['unpack_from', fmt_fmt(fmt), buf.hex() or '-', str(off), run(lambda: encs(struct.unpack_from(fmt, buf, off)))]))
def pack_into(fmt, n, off, *args):
    def go():
        b = bytearray(b'\xaa' * n)
        struct.pack_into(fmt, b, off, *args)
        return b.hex()
    out.append('\t'.join(['pack_into', fmt_fmt(fmt), str(n), str(off), encs(args), run(go)]))
def iter_unpack(fmt, buf):
    out.append('\t'.join(['iter_unpack', fmt_fmt(fmt), buf.hex() or '-', run(lambda: '|'.join(encs(t) for t in struct.iter_unpack(fmt, buf)))]))

codes = 'xcbB?hHiIlLqQnNefdspP'
for prefix in ['', '@', '=', '<', '>', '!']:
    for c in codes:
        for count in ['', '0', '1', '3', '17']:
            calcsize(prefix + count + c)
    for a in 'bhiqlfdeP?':
        for b in 'bhiqlfdeP?':
            calcsize(prefix + a + b)
            calcsize(prefix + 'b' + a + '3' + b)
for f in ['z', 'i!', '3', '12', ' 3i', '3 i', 'i ', ' ', '\t\ni\r', '\x00', 'i\x00', '<>i', '@@i', 'ii3',
          '9223372036854775807s', '9223372036854775808s', '4611686018427387904sb', '9223372036854775807sb',
          '2305843009213693952q', '1152921504606846976q', '1152921504606846975qb', 'b1152921504606846975q',
          '<b1152921504606846975q', '99999999999999999999i', '999999999999999999i', '', '0q', 'b0q', '<Pn', '=n', '!N',
          '2147483647s', 'Zq', 'y', '%']:
    calcsize(f)

ints = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
        2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
        2**64 - 1, 2**64, -2**64, 2**100, -2**100, True, False]
for prefix in ['', '<', '>', '=']:
    for c in 'bBhHiIlLqQnNP':
        for v in ints:
            pack(prefix + c, v)
        pack(prefix + c, 1.0)
        pack(prefix + c, 'x')
        pack(prefix + c, b'x')
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1e-300, 5e-324, 1e300, -1e300, float('inf'), float('-inf'), float('nan'),
          -float('nan'), 3.4028234663852886e38, 3.4028235677973366e38, 3.4028235677973362e38, 3.402823567797337e38,
          1.1754943508222875e-38, 1e-45, 1.401298464324817e-45, 7e-46, 6e-46,
          65504.0, 65519.99, 65520.0, 65519.0, 6.103515625e-05, 6.097555160522461e-05, 5.960464477539063e-08,
          2.9802322387695312e-08, 2.980232238769532e-08, 2.9802322387695310e-08, 1e-8, 0.333333333, 2049.0, 2051.0, 2050.0,
          1.0009765625, 1.00048828125, 1.00146484375, 1e10, 12345.678, 1, -7, 10**300, 2**2000, 'x', b'x', True]
for prefix in ['', '<', '>', '=']:
    for c in 'efd':
        for v in floats:
            pack(prefix + c, v)
for v in [b'', b'a', b'abc', b'abcdefgh', bytearray(b'xy'), 'abc', 1]:
    for f in ['s', '0s', '1s', '3s', '5s', 'p', '0p', '1p', '3p', '5p', 'c', '2c']:
        if f == '2c':
            pack(f, v, v)
        else:
            pack(f, v)
pack('300p', b'a' * 300)
pack('256p', b'a' * 300)
pack('255p', b'a' * 300)
for v in [0, 1, 2, -1, 0.0, 0.5, '', 'x', b'', b'\x00', True, False]:
    pack('?', v)
    pack('<?', v)
pack('ii', 1)
pack('i', 1, 2)
pack('x')
pack('x', 1)
pack('3x')
pack('')
pack('', 1)
pack('bhiqd', 1, 2, 3, 4, 5.0)
pack('<bhiqd', 1, 2, 3, 4, 5.0)
pack('>bhiqd', 1, 2, 3, 4, 5.0)
pack('@b0q', 1)
pack('3i2s?xe', 1, 2, 3, b'ab', True, 1.5)
pack('!hH', -2, 65534)
pack('4s4p', b'ab', b'cd')

rnd = random.Random(1234)
for prefix in ['', '<', '>', '=', '@', '!']:
    for c in 'cbB?hHiIlLqQnNefdP':
        for n in [1, 2, 3]:
            fmt = prefix + (str(n) if n > 1 else '') + c
            try:
                size = struct.calcsize(fmt)
            except struct.error:
                calcsize(fmt)
                continue
            for _ in range(3):
                buf = bytes(rnd.randrange(256) for _ in range(size))
                unpack(fmt, buf)
            unpack(fmt, b'\x00' * (size + 1))
            unpack(fmt, b'\x00' * (size - 1))
for fmt in ['3s', '0s', '3p', '0p', '1p', '5p', 'c', '4s2p']:
    size = struct.calcsize(fmt)
    for buf in [bytes(range(size)), b'\x09' * size, b'\xff' * size, b'\x02' * size]:
        unpack(fmt, buf)
for e in [b'\x00\x7c', b'\x00\xfc', b'\x01\x7c', b'\x00\x7e', b'\x01\x00', b'\xff\x03', b'\x00\x04', b'\xff\x7b', b'\x00\x3c', b'\x55\x35']:
    unpack('<e', e)
    unpack('>e', e)
for fmt in ['q', '<i', 'b', '3s', '', 'bq']:
    for buf in [b'', b'1', b'123456789', b'1' * 16]:
        for off in [0, 1, 3, 8, 9, 10, -1, -3, -8, -9, -10, -30]:
            unpack_from(fmt, buf, off)
for fmt in ['q', '<i', 'b', '3s', '', 'bq']:
    args = {'q': (1,), '<i': (-2,), 'b': (3,), '3s': (b'xyz',), '': (), 'bq': (1, 2)}[fmt]
    for n in [0, 1, 4, 8, 10, 16]:
        for off in [0, 1, 2, 8, -1, -4, -8, -10, -50]:
            pack_into(fmt, n, off, *args)
    pack_into(fmt, 16, 0, *(args + (9,)))
for fmt in ['q', '<i', 'b', '3s', '', 'bq', '<hb']:
    for buf in [b'', b'1', b'123', b'12345678', b'1' * 16, b'1' * 48]:
        iter_unpack(fmt, buf)

with open('struct_cases.txt', 'w') as fh:
    fh.write('\n'.join(out) + '\n')
print(len(out), 'cases')
