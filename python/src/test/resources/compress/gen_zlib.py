#!/usr/bin/env python3
"""Generates the zlib oracle files (gzipped text) with CPython 3.12 (run once; outputs committed).

inputs.txt     <id> <hex>                                    test inputs
streams.txt    <name> <wbits> <input id> <hex>               streams made by CPython's zlib,
               decompressed with decompress(stream, wbits) they must give the input back
outcomes.txt   <wbits> <hex stream> <result>                 one-shot decompress outcomes:
               ok:<sha256 of output> or err:<message> (corrupt, truncated and mutated streams)
checksums.txt  <crc32|adler32> <input id> <start value> <result>
"""
import zlib, gzip, hashlib, random, io

def write(name, lines):
    # Written gzipped (mtime 0, so regeneration is reproducible); the tests read them with
    # java.util.zip on the host JVM, independent of the code under test.
    with open(name + '.gz', 'wb') as raw:
        with gzip.GzipFile(filename='', mode='wb', fileobj=raw, mtime=0) as f:
            f.write(('\n'.join(lines) + '\n').encode())


rnd = random.Random(20240601)
words = ('the quick brown fox jumps over a lazy dog while zlib and deflate compress '
         'repeated text with hash chains and huffman codes ').split()
text = ' '.join(rnd.choice(words) for _ in range(700)).encode()
inputs = {
    'empty': b'',
    'one': b'a',
    'text': text,
    'random': bytes(rnd.randrange(256) for _ in range(3000)),
    'zeros': bytes(20000),
    'mixed': text[:1500] + bytes(rnd.randrange(256) for _ in range(400)) + text[:1500] + b'\x00' * 300,
    'runs': b''.join(bytes([rnd.randrange(4)]) * rnd.randrange(1, 300) for _ in range(120)),
}
write('inputs.txt', ['%s %s' % (k, v.hex() or '-') for k, v in inputs.items()])

streams = []
def add(name, wbits, iid, data):
    assert zlib.decompress(data, wbits) == inputs[iid]
    streams.append('%s %d %s %s' % (name, wbits, iid, data.hex() or '-'))

for iid in inputs:
    for level in range(0, 10):
        add('compress-L%d' % level, 15, iid, zlib.compress(inputs[iid], level))
    for wbits in (9, 10, 12, -9, -12, -15, 25, 31):
        for level in ((0, 1, 9) if wbits in (-15, 31) else (1, 9)):
            add('compress-L%d-W%d' % (level, wbits), wbits, iid, zlib.compress(inputs[iid], level, wbits))
    data = zlib.compress(inputs[iid], 6, 31)
    add('gzip-auto', 47, iid, data)
    add('zlib-auto', 47, iid, zlib.compress(inputs[iid]))
    add('zlib-wbits0', 0, iid, zlib.compress(inputs[iid]))
    for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
        c = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
        add('strategy%d' % strategy, 15, iid, c.compress(inputs[iid]) + c.flush())
    # Streaming with every flush mode between chunks.
    for mode in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK):
        c = zlib.compressobj()
        out = b''
        data = inputs[iid]
        for i in range(0, len(data), 777):
            out += c.compress(data[i:i + 777]) + c.flush(mode)
        out += c.flush()
        add('flush%d' % mode, 15, iid, out)
    # gzip files with optional header fields (FNAME, FEXTRA, FCOMMENT, FHCRC).
    buf = io.BytesIO()
    with gzip.GzipFile(filename='name.txt', mode='wb', fileobj=buf, mtime=1234567) as g:
        g.write(inputs[iid])
    add('gzip-fname', 31, iid, buf.getvalue())
    body = zlib.compress(inputs[iid], 6, -15)
    trailer = zlib.crc32(inputs[iid]).to_bytes(4, 'little') + (len(inputs[iid]) & 0xffffffff).to_bytes(4, 'little')
    header = b'\x1f\x8b\x08\x1e' + b'\x00' * 4 + b'\x00\xff' + b'\x03\x00XYZ' + b'name\x00' + b'comment\x00'
    header += (zlib.crc32(header) & 0xffff).to_bytes(2, 'little')
    add('gzip-allfields', 31, iid, header + body + trailer)

write('streams.txt', streams)

outcomes = []
def outcome(wbits, data):
    try:
        r = 'ok:' + hashlib.sha256(zlib.decompress(data, wbits)).hexdigest()
    except zlib.error as e:
        r = 'err:' + str(e)
    outcomes.append('%d %s %s' % (wbits, data.hex() or '-', r))

good = zlib.compress(inputs['text'][:1200], 6)
goodgz = zlib.compress(inputs['text'][:1200], 6, 31)
fixed = zlib.compressobj(6, zlib.DEFLATED, 15, 8, zlib.Z_FIXED)
goodfixed = fixed.compress(inputs['mixed'][:1000]) + fixed.flush()
stored = zlib.compress(inputs['random'][:300], 0)
hand = [
    (15, b''), (15, b'x'), (15, b'xx'), (15, b'x\x9c'), (15, b'\x78\xbb\x00\x00\x00\x01\x00\x01'),
    (15, b'\x88\x98'), (15, b'\x79\x9c'), (15, b'\x78\x9c\x07'), (15, b'\x78\x9c\x00\x01\x00\x01\x00'),
    (31, b'\x1f\x8b\x08\x00'), (31, b'\x1f\x8b\x07\x00'), (31, b'\x1f\x8b\x08\xe0'), (31, b'\x1f\x8c\x08\xe0'),
    (47, b'\x1f\x8c\x08\xe0'), (0, b'\x78\x9c\x07'), (9, zlib.compress(b'a' * 1000)), (15, good + b'junk'),
    (15, good[:-1]), (15, good[:-4]), (15, good[:10]), (31, goodgz[:-1]), (31, goodgz[:-5]),
    (15, good[:-1] + bytes([good[-1] ^ 1])), (31, goodgz[:-1] + bytes([goodgz[-1] ^ 1])),
    (31, goodgz[:-5] + bytes([goodgz[-5] ^ 1]) + goodgz[-4:]), (-15, good[2:-4]), (-15, good[2:-4] + b'more'),
    (15, bytes([0x78, 0x9c, 0x04, 0xc0, 0x81, 0x08, 0x00, 0x00, 0x00, 0x00, 0x20, 0x7f, 0xeb, 0x0b, 0x00, 0x00, 0x00, 0xff, 0xff])),
    (-15, b'\x03\x00'), (-15, b'\x01\x00\x00\xff\xff'), (-15, b'\x01\x01\x00\xfe\xff'), (-15, b'\x01\x01\x00\xfe\xffa'),
    (-15, b'\x00\x00\x00\xff\xff'), (-15, b'\x06'), (-15, b'\x04\x00'), (-15, b'\xff\xff\xff\xff'),
    (-15, b'\x05\xe0\xff\xff\xff\xff\xff\xff\xff\xff'), (-15, bytes([0x0d, 0x00, 0x00, 0x00, 0x00, 0x00])),
    (-15, bytes([0x03, 0x01])), (-15, bytes([0x63, 0x00, 0x02, 0x00])), (-15, b'\xf3\x00\x00'),
    (15, b'\x78\xbb' + (0x12345678).to_bytes(4, 'big') + b'\x03\x00'),
    (-15, goodfixed[2:-4]), (15, goodfixed), (15, stored), (-8, zlib.compress(b'abc' * 100, 6, -9)),
    (-9, zlib.compress(b'abcdefgh' * 600, 6, -15)), (24, zlib.compress(b'x' * 100, 6, 31)), (23, b''),
    (16, zlib.compress(b'hello', 6, 31)), (32, zlib.compress(b'hello')), (32, zlib.compress(b'hello', 6, 31)),
    (48, zlib.compress(b'hello')), (-16, b''), (-7, b'\x03\x00'), (7, b''), (-1, b''),
    (31, goodgz[:3]), (31, goodgz[:9]), (31, goodgz[:11]),
]
for wbits, data in hand:
    outcome(wbits, data)
# Deterministic mutations: bit flips, byte replacement, truncation, insertion, deletion.
bases = [(15, good), (31, goodgz), (15, goodfixed), (15, stored), (-15, good[2:-4]),
         (15, zlib.compress(inputs['runs'][:2000], 9)), (15, zlib.compress(inputs['mixed'][:2500], 1))]
for i in range(600):
    wbits, base = bases[i % len(bases)]
    b = bytearray(base)
    kind = rnd.randrange(5)
    for _ in range(rnd.choice((1, 1, 2, 3))):
        if not b:
            break
        p = rnd.randrange(len(b))
        if kind == 0:
            b[p] ^= 1 << rnd.randrange(8)
        elif kind == 1:
            b[p] = rnd.randrange(256)
        elif kind == 2:
            del b[p:]
        elif kind == 3:
            b.insert(p, rnd.randrange(256))
        else:
            del b[p]
    outcome(wbits, bytes(b))
write('outcomes.txt', outcomes)

checks = []
for iid, data in inputs.items():
    for start in (None, 0, 1, 0xffffffff, 12345, 2**40 + 5, -1):
        for name, fn in (('crc32', zlib.crc32), ('adler32', zlib.adler32)):
            v = fn(data) if start is None else fn(data, start)
            checks.append('%s %s %s %d' % (name, iid, '-' if start is None else start, v))
write('checksums.txt', checks)
print(len(streams), 'streams', len(outcomes), 'outcomes', len(checks), 'checksums')
