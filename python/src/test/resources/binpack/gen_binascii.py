#!/usr/bin/env python3
"""Generates binascii_cases.txt with CPython 3.12 (run once; output committed).

Line (tab separated): <function> <hex data> <argument> <result>
  hexlify: argument '<sep hex or ->:<bytes_per_sep>'; b2a_base64: newline 0/1;
  a2b_base64: strict 0/1; crc_hqx/crc32: start value; unhexlify: '-'.
  result: ok:<hex or decimal> or err:<ExceptionName>:<message>
"""
import binascii, random

rnd = random.Random(99)
out = []
def case(fn, data, arg, f):
    try:
        r = f()
        r = 'ok:' + (r.hex() if isinstance(r, bytes) else str(r))
    except Exception as e:
        name = 'Error' if isinstance(e, binascii.Error) else type(e).__name__
        r = 'err:%s:%s' % (name, e)
    out.append('\t'.join([fn, data.hex() or '-', str(arg), r]))

datas = [b'', b'\x00', b'a', b'ab', b'abc', b'abcd', b'abcdefg', bytes(range(256)),
         bytes(rnd.randrange(256) for _ in range(1000))]
for d in datas:
    case('hexlify', d, '-:1', lambda: binascii.hexlify(d))
    for sep in (b'-', b':', b'\x00', b'\xe9'):
        for bps in (1, 2, 3, -1, -2, -3, 0, 7, -7, 1000):
            case('hexlify', d, '%s:%d' % (sep.hex(), bps), lambda: binascii.hexlify(d, sep, bps))
    case('hexlify', d, '2d2d:1', lambda: binascii.hexlify(d, b'--'))
    case('hexlify', d, ':1', lambda: binascii.hexlify(d, b''))
    for nl in (0, 1):
        case('b2a_base64', d, nl, lambda: binascii.b2a_base64(d, newline=bool(nl)))
    for v in (0, 1, 0xffff, 0x1ffff, 12345, 2**40 + 3):
        case('crc_hqx', d, v, lambda: binascii.crc_hqx(d, v))
        case('crc32', d, v, lambda: binascii.crc32(d, v))
hexes = [b'', b'a', b'ab', b'AB', b'aB0f', b'abc', b'zz', b'0g', b'g0', b' 00', b'0123456789abcdefABCDEF',
         binascii.hexlify(bytes(range(256)))]
for h in hexes:
    case('unhexlify', h, '-', lambda: binascii.unhexlify(h))
b64 = [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'abcdefg', b'abcdefghi', b'ab==', b'ab=', b'ab=c', b'ab==c',
       b'ab===', b'=ab', b'a=b', b'abcd=', b'abcd==', b'a!bcd', b'a!b==', b'abc=', b'abd=', b'ab=\ncd', b'YWJjZA==\n',
       b'YW Jj\nZA==', b'====', b'a===', b'ab=\n=', b'abc==', b'\xffabcd', b'YQ', b'YWI', b'YWJj', b'Y', b'  ',
       binascii.b2a_base64(bytes(range(256)))]
for _ in range(60):
    s = bytearray(binascii.b2a_base64(bytes(rnd.randrange(256) for _ in range(rnd.randrange(12))), newline=False))
    for _ in range(rnd.randrange(3)):
        if s:
            s[rnd.randrange(len(s))] = rnd.choice(b'=!\n aZ+/')
    b64.append(bytes(s))
for b in b64:
    for strict in (0, 1):
        case('a2b_base64', b, strict, lambda: binascii.a2b_base64(b, strict_mode=bool(strict)))
with open('binascii_cases.txt', 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out))
