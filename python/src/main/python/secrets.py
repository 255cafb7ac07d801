"""Random numbers and tokens fit for secrets (passwords, keys, URLs).

Written for Pyjama from the documented behaviour of CPython 3.12's secrets.
Everything draws on random.SystemRandom, i.e. os.urandom: the kernel's
entropy source where the platform has one.
"""

from random import SystemRandom
import base64

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

# Bytes of randomness in a token when the caller does not say.
DEFAULT_ENTROPY = 32

_source = SystemRandom()
choice = _source.choice
randbits = _source.getrandbits


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _source._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return nbytes random bytes (DEFAULT_ENTROPY when None)."""
    return _source.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """Return nbytes random bytes as a string of hex digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """Return nbytes random bytes as unpadded URL-safe Base64 text."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).decode('ascii').rstrip('=')


def _as_octets(a, b):
    """Both operands as bytes, with the type errors hmac.compare_digest gives."""
    if isinstance(a, str) or isinstance(b, str):
        if not (isinstance(a, str) and isinstance(b, str)):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        return a.encode('ascii'), b.encode('ascii')
    views = []
    for operand in (a, b):
        try:
            views.append(bytes(memoryview(operand)))
        except TypeError:
            views.append(None)
    if views[0] is None and views[1] is None:
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    for operand, view in zip((a, b), views):
        if view is None:
            raise TypeError('a bytes-like object is required, not %r' % type(operand).__name__)
    return views[0], views[1]


def compare_digest(a, b):
    """Return a == b, taking time that does not reveal where they differ."""
    left, right = _as_octets(a, b)
    # Always walk the whole of `left`; a length mismatch already decides.
    diff = 0 if len(left) == len(right) else 1
    against = right if len(left) == len(right) else left
    for x, y in zip(left, against):
        diff |= x ^ y
    return diff == 0
