"""JSON text to Python objects: a recursive-descent reader written for Pyjama.

Error messages and positions follow CPython's C scanner (the one CPython really runs), since a
program may print a JSONDecodeError or read its pos/lineno/colno.
"""
import re

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN, PosInf, NegInf = float('nan'), float('inf'), float('-inf')

# Our re module converts the whole subject on every call, so the reader below scans characters
# itself; only decode() (two calls per document) keeps CPython's regex-match signature.
_BLANKS = re.compile(r'[ \t\n\r]*')
_BLANK_CHARS = ' \t\n\r'
_HEX = frozenset('0123456789abcdefABCDEF')
_SHORT_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                  't': '\t'}
_CONSTANTS = {'NaN': NaN, 'Infinity': PosInf, '-Infinity': NegInf}


class JSONDecodeError(ValueError):
    """ValueError raised for malformed JSON; says where (pos, lineno, colno) and why (msg)."""

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        column = pos - doc.rfind('\n', 0, pos)
        super().__init__(f'{msg}: line {line} column {column} (char {pos})')
        self.doc = doc
        self.msg = msg
        self.lineno = line
        self.colno = column
        self.pos = pos

    def __reduce__(self):
        # The formatted message is derived, so pickling carries only the three inputs.
        return self.__class__, (self.msg, self.doc, self.pos)


def _code_unit(s, at):
    """The 4 hex digits after the 'u' at index `at`, as an int; the error points at the 'u'."""
    digits = s[at + 1:at + 5]
    if len(digits) != 4 or not _HEX.issuperset(digits):
        raise JSONDecodeError('Invalid \\uXXXX escape', s, at)
    return int(digits, 16)


def _control_at(text):
    """Index of the first C0 control character in text, or -1."""
    if text.isprintable():
        return -1
    for at, ch in enumerate(text):
        if ch < ' ':
            return at
    return -1


def scanstring(s, end, strict=True):
    """Read the string literal whose opening quote is at end - 1.

    Returns (text, index after the closing quote)."""
    quote = s.find('"', end)
    if quote > 0:
        # The usual case, a literal without escapes, costs a single slice.
        run = s[end:quote]
        if '\\' not in run and (not strict or run.isprintable() or _control_at(run) < 0):
            return run, quote + 1
    opening = end - 1
    size = len(s)
    pieces = []
    i = end
    while True:
        quote = s.find('"', i)
        if quote < 0:
            # No closing quote, but a bad character or escape before the end is reported first.
            quote = size
        run = s[i:quote]
        slash = run.find('\\')
        if slash >= 0:
            run = run[:slash]
        if strict:
            bad = _control_at(run)
            if bad >= 0:
                raise JSONDecodeError('Invalid control character at', s, i + bad)
        pieces.append(run)
        if slash < 0:
            if quote == size:
                raise JSONDecodeError('Unterminated string starting at', s, opening)
            return ''.join(pieces), quote + 1
        slash += i
        if slash + 1 >= size:
            raise JSONDecodeError('Unterminated string starting at', s, opening)
        kind = s[slash + 1]
        if kind != 'u':
            try:
                pieces.append(_SHORT_ESCAPES[kind])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, slash) from None
            i = slash + 2
            continue
        unit = _code_unit(s, slash + 1)
        i = slash + 6
        # A high surrogate escape directly followed by a low one spells one astral character;
        # any other surrogate is kept alone, as CPython does.
        if 0xD800 <= unit <= 0xDBFF and s.startswith('\\u', i):
            low = _code_unit(s, i + 1)
            if 0xDC00 <= low <= 0xDFFF:
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                i += 6
        pieces.append(chr(unit))


def _skip_blanks(s, i, size):
    while i < size and s[i] in _BLANK_CHARS:
        i += 1
    return i


def _skip_digits(s, i, size):
    while i < size and '0' <= s[i] <= '9':
        i += 1
    return i


def _number_end(s, i, size):
    """End of the JSON number at i and whether it has a fraction or exponent; (i, _) if none."""
    j = i + 1 if s[i] == '-' else i
    if j >= size:
        return i, False
    if s[j] == '0':
        j += 1
    elif '1' <= s[j] <= '9':
        j = _skip_digits(s, j + 1, size)
    else:
        return i, False
    real = False
    if j + 1 < size and s[j] == '.' and '0' <= s[j + 1] <= '9':
        j = _skip_digits(s, j + 2, size)
        real = True
    if j < size and s[j] in 'eE':
        k = j + 1
        if k < size and s[k] in '+-':
            k += 1
        if k < size and '0' <= s[k] <= '9':
            j = _skip_digits(s, k + 1, size)
            real = True
    return j, real


_NO_VALUE = object()   # what _Reader.value returns when no JSON value starts at the index


def _make_reader(decoder):
    """The decoder's scan_once: a reader of one JSON value, its settings bound in closures
    (cheaper here than attribute lookups on every value)."""
    strict = decoder.strict
    memo = decoder.memo
    parse_float = decoder.parse_float
    parse_int = decoder.parse_int
    parse_constant = decoder.parse_constant
    object_hook = decoder.object_hook
    object_pairs_hook = decoder.object_pairs_hook

    def value(s, i):
        """(value, end) for the JSON value starting exactly at i, or (_NO_VALUE, i)."""
        try:
            ch = s[i]
        except IndexError:
            return _NO_VALUE, i
        if ch == '"':
            return scanstring(s, i + 1, strict)
        if ch == '{':
            return read_object(s, i + 1)
        if ch == '[':
            return read_array(s, i + 1)
        if ch == 'n':
            if s.startswith('null', i):
                return None, i + 4
        elif ch == 't':
            if s.startswith('true', i):
                return True, i + 4
        elif ch == 'f':
            if s.startswith('false', i):
                return False, i + 5
        elif ch == 'N':
            if s.startswith('NaN', i):
                return parse_constant('NaN'), i + 3
        elif ch == 'I':
            if s.startswith('Infinity', i):
                return parse_constant('Infinity'), i + 8
        elif ch == '-' or '0' <= ch <= '9':
            stop, real = _number_end(s, i, len(s))
            if stop > i:
                text = s[i:stop]
                return (parse_float(text) if real else parse_int(text)), stop
            if s.startswith('-Infinity', i):
                return parse_constant('-Infinity'), i + 9
        return _NO_VALUE, i

    def read_array(s, i):
        items = []
        size = len(s)
        i = _skip_blanks(s, i, size)
        if s[i:i + 1] == ']':
            return items, i + 1
        while True:
            item, i = value(s, i)
            if item is _NO_VALUE:
                raise JSONDecodeError('Expecting value', s, i)
            items.append(item)
            if i < size and s[i] in _BLANK_CHARS:
                i = _skip_blanks(s, i + 1, size)
            follow = s[i:i + 1]
            if follow == ',':
                i += 1
                if i < size and s[i] in _BLANK_CHARS:
                    i = _skip_blanks(s, i + 1, size)
            elif follow == ']':
                return items, i + 1
            else:
                raise JSONDecodeError("Expecting ',' delimiter", s, i)

    def read_object(s, i):
        pairs = []
        size = len(s)
        i = _skip_blanks(s, i, size)
        if s[i:i + 1] == '}':
            i += 1
        else:
            while True:
                if s[i:i + 1] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes',
                                          s, i)
                key, i = scanstring(s, i + 1, strict)
                # Equal keys share one str object, which saves memory in long arrays of records.
                key = memo.setdefault(key, key)
                if s[i:i + 1] != ':':
                    i = _skip_blanks(s, i, size)
                    if s[i:i + 1] != ':':
                        raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i += 1
                if i < size and s[i] in _BLANK_CHARS:
                    i = _skip_blanks(s, i + 1, size)
                item, i = value(s, i)
                if item is _NO_VALUE:
                    raise JSONDecodeError('Expecting value', s, i)
                pairs.append((key, item))
                if i < size and s[i] in _BLANK_CHARS:
                    i = _skip_blanks(s, i + 1, size)
                follow = s[i:i + 1]
                if follow == ',':
                    i = _skip_blanks(s, i + 1, size)
                elif follow == '}':
                    i += 1
                    break
                else:
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), i
        result = dict(pairs)
        if object_hook is not None:
            result = object_hook(result)
        return result, i

    def scan_once(s, idx):
        try:
            found, end = value(s, idx)
        finally:
            memo.clear()
        if found is _NO_VALUE:
            raise StopIteration(end)
        return found, end

    return scan_once


class JSONDecoder(object):
    """Decoder of JSON documents into dict, list, str, int, float, bool and None.

    The hooks replace the default construction of objects (object_hook gets the dict,
    object_pairs_hook the list of (key, value) pairs and wins over object_hook), of numbers
    (parse_float, parse_int get the literal's text) and of NaN/Infinity/-Infinity
    (parse_constant). strict=False lets control characters appear inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.object_hook = object_hook
        self.parse_int = parse_int or int
        self.parse_float = parse_float or float
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = _make_reader(self)

    def decode(self, s, _w=_BLANKS.match):
        """The Python value of the JSON document s (str); only whitespace may surround it."""
        value, stop = self.raw_decode(s, idx=_w(s, 0).end())
        rest = _w(s, stop).end()
        if rest < len(s):
            raise JSONDecodeError('Extra data', s, rest)
        return value

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx]; returns (value, index where it ended).

        Text after the value is allowed, leading whitespace is not."""
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return self.scan_once(s, idx)
        except StopIteration as missing:
            raise JSONDecodeError('Expecting value', s, missing.value) from None
