import base64, binascii
samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\x00\x00\x00\x00', b'    ', b'\xff\xfe\xfd', b'hello world' * 10]
# case: binascii_funcs
for s in samples:
    print(binascii.hexlify(s), binascii.b2a_base64(s), binascii.b2a_base64(s, newline=False), binascii.crc32(s), binascii.crc32(s, 12345), binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xffff))
print(binascii.hexlify(b'\x01\x02\x03\x04', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', ':', 2), binascii.b2a_hex(b'\xab', b'|'), binascii.hexlify(bytearray(b'ab')), binascii.unhexlify('0aFF'), binascii.a2b_hex(b'00'))
for bad in ['abc', 'zz', 'é0']:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for data in [b'Zm9v', b'Zm9vYg==', b'Zm9vYg', b'Zm9vY', b'Zm9v\nYmFy', b'Zm9vYg==Zm9v', b'Z', b'====', b'Zm=9v', b'Zm9vYmFy!', b'', b'Zg=', 'Zm9v', b'Zm==Zm==', b'YQ===']:
    for strict in (False, True):
        try:
            print(data, strict, binascii.a2b_base64(data, strict_mode=strict))
        except binascii.Error as e:
            print(data, strict, 'Error', e)
print(issubclass(binascii.Error, ValueError), binascii.Incomplete.__mro__[1])
try:
    binascii.hexlify('str')
except TypeError as e:
    print(e)
# case: base64_funcs
for s in samples:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s), base64.b85encode(s), base64.b85encode(s, pad=True), base64.a85encode(s), base64.a85encode(s, foldspaces=True, adobe=True, wrapcol=10), base64.encodebytes(s)[:80])
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode), (base64.encodebytes, base64.decodebytes), (base64.urlsafe_b64encode, base64.urlsafe_b64decode)]:
        assert dec(enc(s)) == s, (enc, s)
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'), base64.b64decode('Zm9v'), base64.b64decode(b'Zm9v!!', validate=False), base64.standard_b64decode(b'YQ=='), base64.urlsafe_b64decode('-_8='))
for f in [lambda: base64.b64decode(b'Zm9v!!', validate=True), lambda: base64.b64decode(b'Zm9'), lambda: base64.b32decode(b'MZXW6==='), lambda: base64.b32decode(b'mzxw6==='), lambda: base64.b32decode(b'mzxw6===', casefold=True), lambda: base64.b32decode(b'MZXW6YQ='), lambda: base64.b32decode(b'MZXW6YTB'), lambda: base64.b32decode(b'M1XW6YTB', map01=b'L'), lambda: base64.b32decode(b'MZXW6YT!'), lambda: base64.b32decode(b'MZX'), lambda: base64.b16decode(b'0a'), lambda: base64.b16decode(b'0a', casefold=True), lambda: base64.b16decode(b'0G'), lambda: base64.b85decode(b'VPa!'), lambda: base64.b85decode(b'|NsC0|NsC0'), lambda: base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True), lambda: base64.a85decode(b'87cUz'), lambda: base64.a85decode(b'abc', adobe=True), lambda: base64.a85decode(b'z{'), lambda: base64.a85decode(b'uuuuu'), lambda: base64.b64decode(3), lambda: base64.b64decode('é'), lambda: base64.b64encode('str'), lambda: base64.encodebytes('s')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
