"""Base16, Base32, Base64 (RFC 4648), Base85 and Ascii85 codecs, written for Pyjama.

Base64 and Base16 work through binascii; Base32 and the two Base85 flavours are done here on
big integers, one group (5 bytes, or 4 bytes) at a time.
"""
import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76                          # characters per line of encodebytes(), without '\n'
MAXBINSIZE = MAXLINESIZE // 4 * 3         # the bytes that fill such a line


def _as_bytes(s):
    """Input of the decoders: bytes-like objects, or str holding only ASCII."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % s.__class__.__name__) from None


def _raw(b):
    """Input of the Base32/Base85 encoders: any bytes-like object."""
    return b if isinstance(b, bytes_types) else memoryview(b).tobytes()


# ---------------------------------------------------------------- Base64

_URLSAFE_OUT = bytes.maketrans(b'+/', b'-_')
_URLSAFE_IN = bytes.maketrans(b'-_', b'+/')


def b64encode(s, altchars=None):
    """Base64 of the bytes-like s; altchars (2 bytes) replace '+' and '/'."""
    text = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return text
    assert len(altchars) == 2, repr(altchars)
    return text.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode Base64. Without validate, characters outside the alphabet are skipped;
    with it, they are a binascii.Error."""
    s = _as_bytes(s)
    if altchars is not None:
        altchars = _as_bytes(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode standard-alphabet Base64."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' instead of '+' and '/'."""
    return b64encode(s).translate(_URLSAFE_OUT)


def urlsafe_b64decode(s):
    """Decode URL-safe Base64 (the standard '+' and '/' are accepted too)."""
    return b64decode(_as_bytes(s).translate(_URLSAFE_IN))


# ---------------------------------------------------------------- Base32

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# How many '=' end the last 8-character group, by the number of bytes in the last 5-byte one.
_B32_PAD = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
# The reverse: bytes carried by a last group ending in that many '='.
_B32_TAIL = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _base32(alphabet, s):
    data = _raw(s)
    tail = len(data) % 5
    if tail:
        data = data + bytes(5 - tail)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = int.from_bytes(data[start:start + 5], 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(group >> shift) & 31])
    pads = _B32_PAD[tail]
    if pads:
        out[-pads:] = b'=' * pads
    return bytes(out)


def _unbase32(alphabet, s, casefold, map01=None):
    s = _as_bytes(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _as_bytes(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    digits = s.rstrip(b'=')
    pads = len(s) - len(digits)
    values = {ch: n for n, ch in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(digits), 8):
        group = 0
        piece = digits[start:start + 8]
        for ch in piece:
            value = values.get(ch)
            if value is None:
                raise binascii.Error('Non-base32 digit found')
            group = group << 5 | value
        # A short last group stands for the '=' that followed it.
        group <<= 5 * (8 - len(piece))
        out += group.to_bytes(5, 'big')
    if pads not in _B32_TAIL:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        del out[len(out) - 5 + _B32_TAIL[pads]:]
    return bytes(out)


def b32encode(s):
    """Base32 of the bytes-like s (RFC 4648 alphabet)."""
    return _base32(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32; casefold accepts lowercase, map01 maps the digit 0 to O and 1 to map01."""
    return _unbase32(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the 'extended hex' alphabet 0-9A-V."""
    return _base32(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode Base32 with the 'extended hex' alphabet."""
    return _unbase32(_B32HEX, s, casefold)


# ---------------------------------------------------------------- Base16

_HEX_UPPER = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Uppercase hexadecimal of the bytes-like s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode uppercase hexadecimal (lowercase too if casefold)."""
    s = _as_bytes(s)
    if casefold:
        s = s.upper()
    if not _HEX_UPPER.issuperset(s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---------------------------------------------------------------- Base85 and Ascii85

_A85_DIGITS = bytes(range(33, 118))       # '!' .. 'u'
_B85_DIGITS = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
               b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85_VALUES = {ch: n for n, ch in enumerate(_B85_DIGITS)}
_A85_START = b'<~'
_A85_END = b'~>'


def _to85(b, digits, pad, zero_word=False, space_word=False):
    """Each 4-byte word as 5 digits, most significant first; with zero_word/space_word the
    words of zeros/spaces become 'z'/'y'. The padding of the last word is cut off again
    unless pad is true."""
    data = _raw(b)
    short = -len(data) % 4
    data = data + bytes(short)
    out = []
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        if zero_word and word == 0:
            out.append(b'z')
        elif space_word and word == 0x20202020:
            out.append(b'y')
        else:
            out.append(bytes(digits[word // 85 ** k % 85] for k in (4, 3, 2, 1, 0)))
    if short and not pad:
        if out[-1] == b'z':
            out[-1] = digits[:1] * 5
        out[-1] = out[-1][:-short]
    return b''.join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of the bytes-like b.

    foldspaces writes 4 spaces as 'y'; wrapcol > 0 breaks lines after that many characters;
    pad keeps the padding of the last group; adobe adds the '<~' '~>' frame."""
    text = _to85(b, _A85_DIGITS, pad, True, foldspaces)
    if adobe:
        text = _A85_START + text
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            # The closing '~>' must fit on the last line.
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85_END
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 ('z' is 4 zero bytes; 'y' 4 spaces if foldspaces; the '<~' '~>' frame
    if adobe). Characters in ignorechars are skipped."""
    b = _as_bytes(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'
                             .format(_A85_END))
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    out = bytearray()
    group = []
    # A partial last group is completed with the highest digit, then cut back.
    for ch in b + b'uuuu':
        if 33 <= ch <= 117:
            group.append(ch - 33)
            if len(group) == 5:
                word = 0
                for value in group:
                    word = word * 85 + value
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group.clear()
        elif ch == 0x7A:                  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and ch == 0x79:   # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif ch in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % ch)
    cut = 4 - len(group)
    return bytes(out[:-cut] if cut else out)


def b85encode(b, pad=False):
    """Base85 (the alphabet of git and Mercurial) of the bytes-like b."""
    return _to85(b, _B85_DIGITS, pad)


def b85decode(b):
    """Decode Base85; a short last group is completed with '~' and cut back."""
    b = _as_bytes(b)
    short = -len(b) % 5
    b = b + b'~' * short
    out = bytearray()
    for start in range(0, len(b), 5):
        word = 0
        for offset, ch in enumerate(b[start:start + 5]):
            value = _B85_VALUES.get(ch)
            if value is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            word = word * 85 + value
        if word > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += word.to_bytes(4, 'big')
    return bytes(out[:-short] if short else out)


# ---------------------------------------------------------------- MIME-style Base64 lines

def _check_bytes_like(s):
    try:
        view = memoryview(s)
    except TypeError as exc:
        raise TypeError('expected bytes-like object, not %s' % s.__class__.__name__) from exc
    if view.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s'
                        % (view.format, s.__class__.__name__))
    if view.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s'
                        % (view.ndim, s.__class__.__name__))


def encodebytes(s):
    """Base64 in lines of at most MAXLINESIZE characters, each ending in a newline."""
    _check_bytes_like(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode Base64 text made of lines (such as encodebytes() writes)."""
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Read the binary file input to its end and write it to output as Base64 lines."""
    while True:
        block = input.read(MAXBINSIZE)
        if not block:
            return
        # A short read is not the end: fill the line before encoding it.
        while len(block) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(block))
            if not more:
                break
            block += more
        output.write(binascii.b2a_base64(block))


def decode(input, output):
    """Decode the Base64 lines of the binary file input into output."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))
