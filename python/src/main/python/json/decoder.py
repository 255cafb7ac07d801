"""JSON decoder: a recursive-descent parser over the string, by index (Pyjama)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
            't': '\t'}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _scan_string(s, end, strict):
    """Parse the string whose opening quote is at end - 1; return (str, index after it)."""
    chunks = []
    append = chunks.append
    begin = end - 1
    n = len(s)
    while True:
        # Copy the run of ordinary characters in one slice.
        start = end
        while end < n:
            c = s[end]
            if c == '"' or c == '\\' or (c < ' ' and strict):
                break
            end += 1
        else:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if end > start:
            append(s[start:end])
        c = s[end]
        end += 1
        if c == '"':
            break
        if c != '\\':
            raise JSONDecodeError('Invalid control character at', s, end - 1)
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end]
        if esc != 'u':
            try:
                append(_ESCAPES[esc])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, end - 1) from None
            end += 1
            continue
        uni = _hex4(s, end)
        end += 5
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            # A high surrogate followed by a low one encodes one astral character.
            uni2 = _hex4(s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        append(chr(uni))
    return ''.join(chunks), end


def _hex4(s, pos):
    """The four hex digits after the 'u' at pos."""
    digits = s[pos + 1:pos + 5]
    if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
        return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    | array         | list              |
    | string        | str               |
    | number (int)  | int               |
    | number (real) | float             |
    | true          | True              |
    | false         | False             |
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).
        """
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.
        """
        if idx < 0:
            raise JSONDecodeError('Expecting value', s, idx)
        try:
            obj, end = self._value(s, idx)
        finally:
            self.memo.clear()
        return obj, end

    def _value(self, s, idx):
        try:
            c = s[idx]
        except IndexError:
            raise JSONDecodeError('Expecting value', s, idx) from None
        if c == '"':
            return _scan_string(s, idx + 1, self.strict)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c in _DIGITS or c == '-':
            result = self._number(s, idx)
            if result is not None:
                return result
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        raise JSONDecodeError('Expecting value', s, idx)

    def _number(self, s, idx):
        """-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)? at idx, or None."""
        n = len(s)
        i = idx
        if s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in _DIGITS:
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            return None
        int_end = i
        frac = exp = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            frac = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                exp = True
        if frac or exp:
            return self.parse_float(s[idx:i]), i
        return self.parse_int(s[idx:int_end]), int_end

    def _object(self, s, end):
        pairs = []
        append = pairs.append
        memo = self.memo
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end + 1
                pairs = {}
                if self.object_hook is not None:
                    pairs = self.object_hook(pairs)
                return pairs, end + 1
            raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
        end += 1
        while True:
            key, end = _scan_string(s, end, self.strict)
            key = memo.setdefault(key, key)
            if s[end:end + 1] != ':':
                end = _skip_ws(s, end)
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            value, end = self._value(s, end)
            append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes',
                                      s, end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        pairs = dict(pairs)
        if self.object_hook is not None:
            pairs = self.object_hook(pairs)
        return pairs, end

    def _array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar == ']':
            return values, end + 1
        append = values.append
        while True:
            value, end = self._value(s, end)
            append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end
