"""RFC 4122 UUIDs for Pyjama.

A UUID is kept as one 128-bit integer; every other view (hex, bytes, fields, ...) is computed
from it. uuid1() uses a random node id because there is no portable MAC address lookup;
uuid3()/uuid5() hash with hashlib; uuid4() draws from os.urandom() (random.SystemRandom as a
fallback)."""
import os
import time

from enum import Enum

__all__ = ['UUID', 'SafeUUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'getnode', 'NAMESPACE_DNS',
           'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500', 'RESERVED_NCS', 'RFC_4122',
           'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

# The constructor's keyword parameters shadow these builtins.
_int = int
_bytes = bytes

# (shift, width in bits) of the six RFC 4122 fields inside the 128-bit value, in field order.
_FIELD_LAYOUT = ((96, 32), (80, 16), (64, 16), (56, 8), (48, 8), (0, 48))


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le_fields(raw):
    """Reverse the byte order of the first three fields (4, 2 and 2 bytes); it is its own inverse."""
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _value_from_hex(text):
    for noise in ('urn:', 'uuid:'):
        text = text.replace(noise, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return _int(digits, 16)


def _value_from_bytes(raw):
    if len(raw) != 16:
        raise ValueError('bytes is not a 16-char string')
    assert isinstance(raw, _bytes), repr(raw)
    return _int.from_bytes(raw, 'big')


def _value_from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for position, (field, (shift, width)) in enumerate(zip(fields, _FIELD_LAYOUT), 1):
        if field < 0 or field >> width:
            article = 'an' if width == 8 else 'a'
            raise ValueError(f'field {position} out of range (need {article} {width}-bit value)')
        value |= field << shift
    return value


def _bit_field(shift, mask, doc):
    return property(lambda self: (self.int >> shift) & mask, doc=doc)


def _comparison(test):
    def compare(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return test(self.int, other.int)
    return compare


class UUID:
    """A universally unique identifier (RFC 4122), immutable and hashable.

    Give exactly one of: hex (32 hex digits; braces, hyphens and a 'urn:uuid:' prefix are
    ignored), bytes (16 bytes, big-endian), bytes_le (16 bytes, first three fields
    little-endian), fields (six integers) or int (a 128-bit integer). A version number, if
    given, overrides the variant and version bits."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=SafeUUID.unknown):
        given = [arg for arg in (hex, bytes, bytes_le, fields, int) if arg is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            value = _value_from_hex(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            value = _value_from_bytes(_swap_le_fields(bytes_le))
        elif bytes is not None:
            value = _value_from_bytes(bytes)
        elif fields is not None:
            value = _value_from_fields(fields)
        else:
            value = int
            if not 0 <= value < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if version not in (1, 2, 3, 4, 5):
                raise ValueError('illegal version number')
            # Variant bits become 10 (RFC 4122), the 4 version bits become `version`.
            value = (value & ~((0xc000 << 48) | (0xf000 << 64))) | (0x8000 << 48) | (version << 76)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    # Pickles carry the integer, and is_safe only when it is known.
    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe is not SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safety = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safety)

    __eq__ = _comparison(lambda a, b: a == b)
    __lt__ = _comparison(lambda a, b: a < b)
    __le__ = _comparison(lambda a, b: a <= b)
    __gt__ = _comparison(lambda a, b: a > b)
    __ge__ = _comparison(lambda a, b: a >= b)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return f'urn:uuid:{self}'

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le_fields(self.bytes)

    time_low = _bit_field(96, 0xffffffff, 'The first 32 bits.')
    time_mid = _bit_field(80, 0xffff, 'The next 16 bits.')
    time_hi_version = _bit_field(64, 0xffff, 'The next 16 bits (with the version).')
    clock_seq_hi_variant = _bit_field(56, 0xff, 'The next 8 bits (with the variant).')
    clock_seq_low = _bit_field(48, 0xff, 'The next 8 bits.')
    node = _bit_field(0, (1 << 48) - 1, 'The last 48 bits.')

    @property
    def fields(self):
        return tuple((self.int >> shift) & ((1 << width) - 1) for shift, width in _FIELD_LAYOUT)

    @property
    def time(self):
        """The 60-bit timestamp: time_hi (12 bits), time_mid, time_low."""
        high = self.time_hi_version & 0x0fff
        return (high << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def variant(self):
        # The variant is the run of leading one bits of byte 8 (at most three matter).
        top = (self.int >> 61) & 0b111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        if top == 0b110:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """The version number, meaningful only for RFC 4122 UUIDs (else None)."""
        if self.variant != RFC_4122:
            return None
        return (self.int >> 76) & 0xf


def _urandom(count):
    try:
        return os.urandom(count)
    except (AttributeError, NotImplementedError, OSError):
        import random
        return random.SystemRandom().randbytes(count)


_cached_node = None


def getnode():
    """Return the hardware address as a 48-bit integer.

    Pyjama cannot read a MAC address portably, so this is a random 48-bit number with the
    multicast bit set (RFC 4122 section 4.5, as CPython does when no address is found), the same
    for the whole session."""
    global _cached_node
    if _cached_node is None:
        _cached_node = _int.from_bytes(_urandom(6), 'big') | (1 << 40)
    return _cached_node


# 100-ns ticks from the Gregorian reform (1582-10-15, the UUID epoch) to the Unix epoch.
_GREGORIAN_OFFSET = 0x01b21dd213814000
_previous_ticks = None


def uuid1(node=None, clock_seq=None):
    """A time-based UUID from the node id, a clock sequence and the current time."""
    global _previous_ticks
    ticks = time.time_ns() // 100 + _GREGORIAN_OFFSET
    if _previous_ticks is not None and ticks <= _previous_ticks:
        ticks = _previous_ticks + 1     # keep uuid1() values strictly increasing
    _previous_ticks = ticks
    if clock_seq is None:
        clock_seq = _int.from_bytes(_urandom(2), 'big') & 0x3fff
    if node is None:
        node = getnode()
    value = ((ticks & 0xffffffff) << 96 | ((ticks >> 32) & 0xffff) << 80
             | ((ticks >> 48) & 0x0fff) << 64 | (clock_seq & 0x3fff) << 48 | node)
    return UUID(int=value, version=1)


def _name_based(algorithm, namespace, name, version):
    import hashlib
    if isinstance(name, str):
        name = name.encode('utf-8')
    digest = hashlib.new(algorithm, namespace.bytes + name, usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A name-based UUID from the MD5 hash of a namespace UUID and a name."""
    return _name_based('md5', namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=_urandom(16), version=4)


def uuid5(namespace, name):
    """A name-based UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _name_based('sha1', namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
