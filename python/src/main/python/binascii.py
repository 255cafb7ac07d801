"""Conversion between binary data and ASCII (Pyjama, pure Python).

A stand-in until the interpreter provides binascii in Java: hex, base64 and CRC functions with
CPython's results and error messages (uu and quoted-printable are not provided yet).
"""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'b2a_base64', 'b2a_hex',
           'crc32', 'crc_hqx', 'hexlify', 'unhexlify']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_DECODE = [255] * 256
for _i, _c in enumerate(_B64_ALPHABET):
    _B64_DECODE[_c] = _i
_HEX = '0123456789abcdef'
_HEX_VALUE = {}
for _i, _c in enumerate(b'0123456789abcdef'):
    _HEX_VALUE[_c] = _i
for _i, _c in enumerate(b'ABCDEF'):
    _HEX_VALUE[_c] = _i + 10
del _i, _c


def _ascii_data(data):
    """Arguments of the a2b_* functions: bytes-like, or a str of ASCII characters."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def _binary_data(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _binary_data(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    """Binary data of hexadecimal representation."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray(len(data) // 2)
    values = _HEX_VALUE
    for i in range(0, len(data), 2):
        hi = values.get(data[i])
        lo = values.get(data[i + 1])
        if hi is None or lo is None:
            raise Error('Non-hexadecimal digit found')
        out[i // 2] = (hi << 4) | lo
    return bytes(out)


unhexlify = a2b_hex


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _binary_data(data)
    alphabet = _B64_ALPHABET
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        chunk = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(alphabet[chunk >> 18])
        out.append(alphabet[(chunk >> 12) & 63])
        out.append(alphabet[(chunk >> 6) & 63])
        out.append(alphabet[chunk & 63])
    rest = n - full
    if rest == 1:
        chunk = data[full] << 16
        out += bytes((alphabet[chunk >> 18], alphabet[(chunk >> 12) & 63])) + b'=='
    elif rest == 2:
        chunk = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((alphabet[chunk >> 18], alphabet[(chunk >> 12) & 63],
                      alphabet[(chunk >> 6) & 63])) + b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _ascii_data(data)
    table = _B64_DECODE
    out = bytearray()
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    length = len(data)
    if strict_mode and length and data[0] == 61:
        raise Error('Leading padding not allowed')
    for i in range(length):
        c = data[i]
        if c == 61:  # '='
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error('Excess padding not allowed')
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    # Padding completes the quad: nothing after it is decoded.
                    if strict_mode and i + 1 < length:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        value = table[c]
        if value >= 64:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = value
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (value >> 4)) & 0xff)
            leftchar = value & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (value >> 2)) & 0xff)
            leftchar = value & 0x03
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | value) & 0xff)
            leftchar = 0
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) '
                        'cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
        raise Error('Incorrect padding')
    return bytes(out)


_CRC32_TABLE = None


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    global _CRC32_TABLE
    table = _CRC32_TABLE
    if table is None:
        table = []
        for n in range(256):
            c = n
            for _ in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            table.append(c)
        _CRC32_TABLE = table
    data = _binary_data(data)
    crc = ~crc & 0xffffffff
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    data = _binary_data(data)
    crc &= 0xffff
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc
