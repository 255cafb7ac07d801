"""Unix shell-style filename pattern matching (Pyjama, pure Python).

Patterns: ``*`` any run, ``?`` one character, ``[seq]`` one of seq, ``[!seq]`` none of seq.
translate() produces the same regular expression text as CPython 3.12, since programs join
several translations with ``|``.
"""
import os
import posixpath
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_CACHE_LIMIT = 32768
_cache = {}


def fnmatch(name, pat):
    """Test whether name matches pat, after normalizing the case of both (a no-op on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    key = (type(pat), pat)
    match = _cache.get(key)
    if match is None:
        if isinstance(pat, bytes):
            text = translate(str(pat, 'ISO-8859-1'))
            match = re.compile(text.encode('ISO-8859-1')).match
        else:
            match = re.compile(translate(pat)).match
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = match
    return match


def filter(names, pat):
    """Construct a list from those elements of the iterable names that match pat."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


class _Star:
    """Marks a run of '*' in the list of translated pieces."""


_STAR = _Star()


def _bracket(pat, start, end):
    """Translate the set pat[start:end] (the text between '[' and ']') to a regex set or None."""
    if '-' not in pat[start:end]:
        stuff = pat[start:end].replace('\\', r'\\')
    else:
        # Cut at each range hyphen; the character after a range may itself be a '-' literal.
        chunks = []
        i = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        last = pat[i:end]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += '-'
        # An empty range (like z-a) is an error in a regex: drop it.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(c.replace('\\', r'\\').replace('-', r'\-') for c in chunks)
    # Characters with a set-operation meaning in future regex syntax are escaped.
    stuff = re.sub(r'([&~|])', r'\\\1', stuff)
    if not stuff:
        return '(?!)'  # an empty set never matches
    if stuff == '!':
        return '.'  # a negated empty set matches any character
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return f'[{stuff}]'


def translate(pat):
    """Translate a shell pattern to a regular expression (str)."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\[')
            else:
                pieces.append(_bracket(pat, i, j))
                i = j + 1
        else:
            pieces.append(re.escape(c))
    # Each interior '*' followed by fixed text is an atomic lazy match, so matching never
    # backtracks exponentially; a final '*' is a plain '.*'.
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # the star
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    return fr'(?s:{"".join(out)})\Z'
