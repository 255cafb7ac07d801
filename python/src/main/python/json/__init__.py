"""JSON (RFC 8259) encoding and decoding: dumps/dump write Python values as JSON text,
loads/load read it back. Written for Pyjama; see json.encoder and json.decoder.
"""
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# Shared instances for the common call without options, so it builds no encoder/decoder.
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
             default, sort_keys, kw):
    if (cls is None and not skipkeys and ensure_ascii and check_circular and allow_nan
            and indent is None and separators is None and default is None and not sort_keys
            and not kw):
        return _default_encoder
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                                check_circular=check_circular, allow_nan=allow_nan,
                                indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON str. The options are JSONEncoder's; cls picks another encoder class."""
    return _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                    default, sort_keys, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Write obj as JSON to the text file fp, piece by piece with fp.write()."""
    pieces = _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                      separators, default, sort_keys, kw).iterencode(obj)
    for piece in pieces:
        fp.write(piece)


# (BOM, encoding) pairs; the UTF-32 ones first because the UTF-32-LE BOM starts like UTF-16-LE's.
_BOMS = ((b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'),
         (b'\xfe\xff', 'utf-16'), (b'\xff\xfe', 'utf-16'), (b'\xef\xbb\xbf', 'utf-8-sig'))


def detect_encoding(b):
    """The encoding of the JSON bytes b: from a BOM, else from where the zero bytes are
    (JSON text starts with an ASCII character, so its first code unit tells the width)."""
    for bom, name in _BOMS:
        if b.startswith(bom):
            return name
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, or bytes in UTF-8/16/32)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        encoding = detect_encoding(s)
        if encoding == 'utf-8-sig':
            # Our codecs have no utf-8-sig; dropping the BOM and reading UTF-8 is the same.
            s, encoding = s[3:], 'utf-8'
        s = s.decode(encoding, 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    hooks = {'object_hook': object_hook, 'parse_float': parse_float, 'parse_int': parse_int,
             'parse_constant': parse_constant, 'object_pairs_hook': object_pairs_hook}
    for name, hook in hooks.items():
        if hook is not None:
            kw[name] = hook
    if cls is None and not kw:
        return _default_decoder.decode(s)
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from the file fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
