"""html.escape and html.unescape (Pyjama).

unescape follows the HTML5 rules for character references: numeric references to NUL, CR and
the C1 range are read as windows-1252, surrogates and out-of-range numbers give U+FFFD, other
forbidden code points vanish, and a named reference may omit its ';' when HTML5 lists it so.
"""
import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']

# '&' comes first so the ampersands of the other replacements are not escaped again.
_PLAIN = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'))
_QUOTES = (('"', '&quot;'), ("'", '&#x27;'))


def escape(s, quote=True):
    """Escape '&', '<' and '>' in s (and both quote characters when quote is true), for HTML."""
    for char, ref in _PLAIN + _QUOTES if quote else _PLAIN:
        s = s.replace(char, ref)
    return s


# The C1 range of numeric references means windows-1252 in HTML5; its five unassigned bytes
# stay as the C1 control itself.
_CP1252 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d'
           '\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a'
           '\u0153\x9d\u017e\u0178')
_REMAPPED = {0: '\ufffd', 0x0d: '\r'}
_REMAPPED.update((0x80 + i, ch) for i, ch in enumerate(_CP1252))


def _dropped(code):
    """Code points HTML5 forbids a numeric reference to produce (they are removed)."""
    return (code < 0x9 or code == 0xb or 0xe <= code < 0x20 or 0x7f <= code < 0xa0
            or 0xfdd0 <= code < 0xfdf0 or code & 0xfffe == 0xfffe)


def _numeric(body):
    hex_digits = body[1] in 'xX'
    code = int(body[2:] if hex_digits else body[1:], 16 if hex_digits else 10)
    if code in _REMAPPED:
        return _REMAPPED[code]
    if code > 0x10ffff or 0xd800 <= code < 0xe000:
        return '\ufffd'
    return '' if _dropped(code) else chr(code)


def _named(body):
    found = _html5.get(body)
    if found is not None:
        return found
    # Without a full match, the longest known name at the start (legacy names such as 'amp'
    # need no ';') is replaced and the rest kept as text.
    for end in range(len(body) - 1, 1, -1):
        found = _html5.get(body[:end])
        if found is not None:
            return found + body[end:]
    return '&' + body


_REFERENCE = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _replace(match):
    body = match.group(1)
    return _numeric(body.rstrip(';')) if body[0] == '#' else _named(body)


def unescape(s):
    """Replace every named or numeric character reference in s (&gt;, &#62;, &#x3e;...) by the
    character it stands for, as an HTML5 parser does."""
    return _REFERENCE.sub(_replace, s) if '&' in s else s
