# base64: every codec's round trip over lengths 0-12, padding rules, alphabets and options, and
# the error types/messages for bad input (wrong types, bad digits, padding, overflow).
import base64, binascii, io

data = bytes(range(256)) + b'hello world \x00\x00\x00\x00    '
for n in range(13):
    chunk = data[n * 7:n * 7 + n]
    row = [base64.b64encode(chunk), base64.urlsafe_b64encode(chunk), base64.b32encode(chunk),
           base64.b32hexencode(chunk), base64.b16encode(chunk), base64.b85encode(chunk),
           base64.b85encode(chunk, pad=True), base64.a85encode(chunk), base64.a85encode(chunk, pad=True)]
    print(n, row)
    back = [base64.b64decode(row[0]), base64.urlsafe_b64decode(row[1]), base64.b32decode(row[2]),
            base64.b32hexdecode(row[3]), base64.b16decode(row[4]), base64.b85decode(row[5]),
            base64.a85decode(row[7])]
    print(' ', all(b == chunk for b in back), base64.b85decode(row[6])[:n] == chunk)
print(base64.a85encode(b'\0\0\0\0    abcd    '), base64.a85encode(b'    x', foldspaces=True),
      base64.a85encode(b'\0\0\0\0    ', foldspaces=True), base64.a85encode(b'\0\0'))
print(base64.a85encode(data[:40], wrapcol=10), base64.a85encode(data[:40], adobe=True),
      base64.a85encode(data[:9], adobe=True, wrapcol=3), base64.a85encode(b'ab', adobe=True, wrapcol=1))
print(base64.a85encode(b'abcdefgh', adobe=True, wrapcol=5), base64.a85encode(b'', adobe=True))
print(base64.a85decode(b'<~@:E^~>', adobe=True), base64.a85decode(b'@:E^~>', adobe=True),
      base64.a85decode(b'z y', foldspaces=True), base64.a85decode(b'  @:\nE^\t'), base64.a85decode('zz'))
print(base64.a85decode(b'@:xE^', ignorechars=b'x'), base64.b85decode('VPa!sWo'), base64.b85decode(b''))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'),
      base64.b64decode('+/8='), base64.b64decode(b'a\nb\ncw=='), base64.b64decode(b'YWJj', validate=True),
      base64.b64decode(bytearray(b'YQ==')), base64.b64decode(memoryview(b'YQ==')))
print(base64.standard_b64encode(b'\xfb\xff'), base64.standard_b64decode('+/8='), base64.urlsafe_b64decode('-_8='),
      base64.urlsafe_b64decode(b'+/8='))
print(base64.b32decode('me======', casefold=True), base64.b32decode('ON2HE2LOM4======'),
      base64.b32decode('MFRGG0DF', map01=b'O'), base64.b32decode('MFRGG1DF', map01='L'),
      base64.b32hexdecode('c5h66===', casefold=True), base64.b16decode('abcd', casefold=True))
print(base64.b64encode(bytearray(b'xy')), base64.b64encode(memoryview(b'xyz')), base64.b32encode(bytearray(b'a')),
      base64.b16encode(memoryview(b'\x01')), base64.b85encode(bytearray(b'abc')), base64.a85encode(memoryview(b'abc')))
print(base64.encodebytes(b''), base64.encodebytes(data[:100]), base64.decodebytes(b'YWJj\nZGVm\n'),
      base64.encodebytes(bytearray(b'x')), base64.decodebytes(bytearray(b'eA==')))
src = io.BytesIO(data[:130]); dst = io.BytesIO(); base64.encode(src, dst); enc = dst.getvalue(); print(enc)
dst2 = io.BytesIO(); base64.decode(io.BytesIO(enc), dst2); print(dst2.getvalue() == data[:130])
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except (ValueError, TypeError, AssertionError) as e:
        print(type(e).__module__, type(e).__name__, e)
for bad in ['é', 12, ['a'], None, 'YQ=\u0100']:
    err(base64.b64decode, bad)
err(base64.b64encode, 'text'); err(base64.b64encode, 5)
err(base64.b64decode, b'YQ'); err(base64.b64decode, b'Y'); err(base64.b64decode, b'YQ=', validate=True)
err(base64.b64decode, b'Y*Q==', validate=True); err(base64.b64decode, b'Y*Q=='); err(base64.b64decode, b'YQ==YQ==', validate=True)
err(base64.b64decode, b'=YQ=', validate=True); err(base64.b64decode, b'YQ===')
err(base64.b64encode, b'x', altchars=b'-'); err(base64.b64decode, b'x', altchars=b'-_=')
for bad in ['ME=====', 'ME======x', 'M1======', 'me======', 'MFRGG===', 'M=======', '========', '', 'ABCDEFG!', 'MFRGG0DF']:
    err(base64.b32decode, bad)
err(base64.b32decode, 'MFRGG0DF', map01=b'OO'); err(base64.b32hexdecode, 'W0======'); err(base64.b32hexdecode, 'c5h66===')
err(base64.b32decode, b'MZXW6===', casefold=True); err(base64.b32encode, 'str'); err(base64.b32hexencode, 3)
for bad in ['abcd', '0G', 'ABC', 'AB CD', '']:
    err(base64.b16decode, bad)
err(base64.b16encode, 'x')
for bad in [b'\x00abc', b'x{', b'~~~~~', b'|NsC0', b'abc\x7f', 'é']:
    err(base64.b85decode, bad)
for bad, kw in [(b'abcz', {}), (b'ab y', {'foldspaces': True}), (b'uuuuu', {}), (b'ab{', {}), (b'<~ab', {'adobe': True}),
                (b'ab~>', {}), (b'abcdvw', {}), (b' \x0b', {}), (b'a b', {'ignorechars': b''})]:
    err(base64.a85decode, bad, **kw)
err(base64.a85encode, 'str'); err(base64.b85encode, None)
err(base64.encodebytes, 'str'); err(base64.decodebytes, 'YQ==')
err(base64.decodebytes, b'Y')
