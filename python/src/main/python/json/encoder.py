"""Python objects to JSON text, written for Pyjama.

One recursive generator produces the text in pieces; encode() joins them, dump() writes them
as they come. The pieces are cut where CPython's pure-Python encoder cuts them, because
list(iterencode(...)) and the write() calls of dump() are visible to programs.
"""
import re

__all__ = ['JSONEncoder']

INFINITY = float('inf')

# Characters that must be escaped inside a JSON string: the quote, the backslash and the
# C0 controls; with ensure_ascii, everything outside printable ASCII as well.
_MUST_ESCAPE = re.compile(r'[\x00-\x1f"\\]')
_MUST_ESCAPE_ASCII = re.compile(r'[^ !#-\[\]-~]')
_NAMED = {'"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
          '\t': '\\t'}


def _escape(match):
    ch = match.group()
    named = _NAMED.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    if code < 0x10000:
        return '\\u%04x' % code
    # Outside the BMP JSON spells the character as its UTF-16 surrogate pair.
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF))


# Most strings need no escaping; the str predicates spot them far faster than a regex pass.
def encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept as they are."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + _MUST_ESCAPE.sub(_escape, s) + '"'


def encode_basestring_ascii(s):
    """s as a JSON string literal that contains only ASCII."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + _MUST_ESCAPE_ASCII.sub(_escape, s) + '"'


class JSONEncoder(object):
    """Encoder of Python values as JSON.

    dict -> object, list and tuple -> array, str -> string, int and float (and their
    subclasses, int/float enums included) -> number, True/False -> true/false, None -> null.
    Anything else goes through default(), which subclasses (or the default= argument) override
    to return something encodable.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.indent = indent
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        if default is not None:
            self.default = default
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # Lines already separate items, so the space after the comma would only trail.
            self.item_separator = ','

    def default(self, o):
        """Hook for objects JSON has no form for: return an encodable stand-in or raise."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            return self._quote(o)
        pieces = self.iterencode(o, _one_shot=True)
        if not isinstance(pieces, (list, tuple)):
            pieces = list(pieces)
        return ''.join(pieces)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as an iterator of str pieces (what dump() writes one by one)."""
        return _Emitter(self).chunks(o, 0)

    def _quote(self, s):
        return encode_basestring_ascii(s) if self.ensure_ascii else encode_basestring(s)


class _Emitter:
    """The settings of one iterencode() call, plus the ids of the containers being written."""

    def __init__(self, encoder):
        self.encoder = encoder
        self.quote = encoder._quote
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.active = {} if encoder.check_circular else None

    def number(self, o):
        # float.__repr__, not repr(): a float subclass's own __repr__ must not leak into JSON.
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def scalar(self, o):
        """The JSON text of o if it is not a container, else None."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.number(o)
        return None

    def key(self, k):
        """The JSON text of dict key k, or None when skipkeys drops it."""
        if isinstance(k, str):
            return self.quote(k)
        if isinstance(k, float):
            text = self.number(k)
        elif k is True:
            text = 'true'
        elif k is False:
            text = 'false'
        elif k is None:
            text = 'null'
        elif isinstance(k, int):
            text = int.__repr__(k)
        elif self.encoder.skipkeys:
            return None
        else:
            raise TypeError('keys must be str, int, float, bool or None, '
                            f'not {k.__class__.__name__}')
        return self.quote(text)

    def enter(self, o):
        if self.active is not None:
            ident = id(o)
            if ident in self.active:
                raise ValueError('Circular reference detected')
            self.active[ident] = o

    def leave(self, o):
        if self.active is not None:
            del self.active[id(o)]

    def chunks(self, o, depth):
        """Iterator over the pieces of o's JSON text."""
        text = self.scalar(o)
        if text is not None:
            return iter((text,))
        return self.container(o, depth)

    def container(self, o, depth):
        # A plain function returning the generator, so each nesting level adds one generator
        # to the chain rather than two.
        if isinstance(o, (list, tuple)):
            return self.array(o, depth)
        if isinstance(o, dict):
            return self.object(o, depth)
        return self.substitute(o, depth)

    def substitute(self, o, depth):
        self.enter(o)
        yield from self.chunks(self.encoder.default(o), depth)
        self.leave(o)

    def breaks(self, depth):
        """(separator between items, text after the opening bracket, before the closing one)."""
        sep = self.encoder.item_separator
        if self.indent is None:
            return sep, '', ''
        inner = '\n' + self.indent * (depth + 1)
        return sep + inner, inner, '\n' + self.indent * depth

    def array(self, items, depth):
        if not items:
            yield '[]'
            return
        self.enter(items)
        sep, opening, closing = self.breaks(depth)
        # The text before an item travels with it when the item is a scalar.
        lead = '[' + opening
        for item in items:
            text = self.scalar(item)
            if text is not None:
                yield lead + text
            else:
                yield lead
                yield from self.container(item, depth + 1)
            lead = sep
        if closing:
            yield closing
        yield ']'
        self.leave(items)

    def object(self, mapping, depth):
        if not mapping:
            yield '{}'
            return
        self.enter(mapping)
        yield '{'
        sep, opening, closing = self.breaks(depth)
        if opening:
            yield opening
        pairs = mapping.items()
        if self.encoder.sort_keys:
            pairs = sorted(pairs)
        colon = self.encoder.key_separator
        first = True
        for k, v in pairs:
            name = self.key(k)
            if name is None:
                continue
            if not first:
                yield sep
            first = False
            yield name
            yield colon
            text = self.scalar(v)
            if text is not None:
                yield text
            else:
                yield from self.container(v, depth + 1)
        if closing:
            yield closing
        yield '}'
        self.leave(mapping)
