"""Compare sequences and produce the differences in the unified, context and ndiff formats.

Written for Pyjama. SequenceMatcher is the Ratcliff/Obershelp "gestalt" matcher: it takes the
longest contiguous block common to both sequences that contains no junk, then does the same
on the pieces left and right of it. Results (blocks, opcodes, ratios) are CPython 3.12's,
including its "popular element" heuristic (autojunk). HtmlDiff is not provided.
"""

import re
from collections import namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias as _GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes',
           'Match']

Match = namedtuple('Match', 'a b size')


def _similarity(matched, total):
    # 2*M/T, and 1.0 for two empty sequences.
    return 2.0 * matched / total if total else 1.0


class SequenceMatcher:
    """Finds the matching blocks of two sequences of hashable elements.

    isjunk(elt) marks elements of b that a match may not start on (they can only extend
    one). With autojunk, an element of a b of 200 or more items that occurs more than
    1% + 1 times is treated as junk too (listed in bpopular)."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    __class_getitem__ = classmethod(_GenericAlias)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence; cheap, so compare many a's against one b."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence, which is indexed (b2j, bjunk, bpopular)."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        positions = {}
        for index, elt in enumerate(self.b):
            positions.setdefault(elt, []).append(index)
        junk = set()
        if self.isjunk:
            junk = {elt for elt in positions if self.isjunk(elt)}
            for elt in junk:
                del positions[elt]
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            threshold = size // 100 + 1
            popular = {elt for elt, where in positions.items() if len(where) > threshold}
            for elt in popular:
                del positions[elt]
        self.b2j = positions
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest junk-free block a[i:i+k] == b[j:j+k] within a[alo:ahi] and
        b[blo:bhi], as Match(i, j, k): earliest in a, then in b, among the longest;
        it is then widened by equal junk elements on either side."""
        a, b = self.a, self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_k = alo, blo, 0
        # run_ending[j]: length of the match that ends at a[i-1], b[j] (for the previous i).
        run_ending = {}
        for i in range(alo, ahi):
            current = {}
            for j in self.b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run_ending.get(j - 1, 0) + 1
                current[j] = k
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
            run_ending = current
        # Popular elements were left out of b2j but are not junk: let them extend the match,
        # then let real junk extend it where it matches.
        junk = self.bjunk
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_k += 1
            while (best_i + best_k < ahi and best_j + best_k < bhi
                   and (b[best_j + best_k] in junk) == want_junk
                   and a[best_i + best_k] == b[best_j + best_k]):
                best_k += 1
        return Match(best_i, best_j, best_k)

    def get_matching_blocks(self):
        """The Match triples of the common blocks, increasing in both sequences, adjacent
        blocks merged, ended by the dummy Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        size_a, size_b = len(self.a), len(self.b)
        found = []
        regions = [(0, size_a, 0, size_b)]
        while regions:
            alo, ahi, blo, bhi = regions.pop()
            block = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = block
            if not k:
                continue
            found.append(block)
            if alo < i and blo < j:
                regions.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                regions.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged:
                pi, pj, pk = merged[-1]
                if pi + pk == i and pj + pk == j:
                    merged[-1] = (pi, pj, pk + k)
                    continue
            merged.append((i, j, k))
        merged.append((size_a, size_b, 0))
        self.matching_blocks = [Match(*block) for block in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) tuples turning a into b; tag is 'replace', 'delete',
        'insert' or 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                steps.append(('replace' if j < bj else 'delete', i, ai, j, bj))
            elif j < bj:
                steps.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                steps.append(('equal', ai, i, bj, j))
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """Yield the opcodes in hunks: changes with up to n lines of context around them,
        split where more than 2*n equal lines separate two changes."""
        codes = self.get_opcodes()  # trimmed in place, as CPython does
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        hunk = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                hunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            hunk.append((tag, i1, i2, j1, j2))
        if hunk and not (len(hunk) == 1 and hunk[0][0] == 'equal'):
            yield hunk

    def ratio(self):
        """Similarity in [0, 1]: twice the matched elements over the total."""
        matched = sum(block.size for block in self.get_matching_blocks())
        return _similarity(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio() from element counts alone."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = {}
        matched = 0
        for elt in self.a:
            remaining = left.get(elt)
            if remaining is None:
                remaining = self.fullbcount.get(elt, 0)
            left[elt] = remaining - 1
            if remaining > 0:
                matched += 1
        return _similarity(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio() from the lengths alone."""
        size_a, size_b = len(self.a), len(self.b)
        return _similarity(min(size_a, size_b), size_a + size_b)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) possibilities whose similarity to word is at least cutoff, best
    first."""
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # Cheap upper bounds first.
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for _, candidate in _nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=re.compile(r'\s*(?:#\s*)?$').match):
    """True for a blank line or one holding only '#' (and blanks)."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """True for a space or a tab."""
    return ch in ws


class Differ:
    """Human-readable line deltas: '- ', '+ ', '  ' prefixes, and '? ' guide lines that mark
    the changed characters of similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta of the line sequences a and b (lines keep their newlines)."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._replace_block(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from _prefixed('-', a, alo, ahi)
            elif tag == 'insert':
                yield from _prefixed('+', b, blo, bhi)
            elif tag == 'equal':
                yield from _prefixed(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _replace_block(self, a, alo, ahi, b, blo, bhi):
        # Pair up the most similar lines (ratio 0.75 or more), marking their differences,
        # and recurse on the lines before and after that pair.
        best_ratio = 0.74
        best = None
        identical = None
        chars = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            chars.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if identical is None:
                        identical = (i, j)
                    continue
                chars.set_seq1(a[i])
                if (chars.real_quick_ratio() > best_ratio and chars.quick_ratio() > best_ratio
                        and chars.ratio() > best_ratio):
                    best_ratio, best = chars.ratio(), (i, j)
        if best_ratio < 0.75:
            if identical is None:
                yield from _replace_plainly(a, alo, ahi, b, blo, bhi)
                return
            best = identical
        else:
            identical = None
        best_i, best_j = best
        yield from self._delta_between(a, alo, best_i, b, blo, best_j)
        old, new = a[best_i], b[best_j]
        if identical is not None:
            yield '  ' + old
        else:
            chars.set_seqs(old, new)
            yield from _marked_pair(old, new, chars.get_opcodes())
        yield from self._delta_between(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _delta_between(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._replace_block(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from _prefixed('-', a, alo, ahi)
        elif blo < bhi:
            yield from _prefixed('+', b, blo, bhi)


def _prefixed(tag, lines, lo, hi):
    for index in range(lo, hi):
        yield f'{tag} {lines[index]}'


def _replace_plainly(a, alo, ahi, b, blo, bhi):
    # The shorter side goes first.
    if bhi - blo < ahi - alo:
        yield from _prefixed('+', b, blo, bhi)
        yield from _prefixed('-', a, alo, ahi)
    else:
        yield from _prefixed('-', a, alo, ahi)
        yield from _prefixed('+', b, blo, bhi)


_GUIDE_MARKS = {'replace': ('^', '^'), 'delete': ('-', None), 'insert': (None, '+'),
                'equal': (' ', ' ')}


def _marked_pair(old, new, opcodes):
    """'- old', '? guide', '+ new', '? guide': ^ under replaced characters, - under
    deleted ones, + under inserted ones; tabs are kept so the marks line up."""
    guide_old, guide_new = [], []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag not in _GUIDE_MARKS:
            raise ValueError('unknown tag %r' % (tag,))
        mark_old, mark_new = _GUIDE_MARKS[tag]
        if mark_old:
            guide_old.append(mark_old * (i2 - i1))
        if mark_new:
            guide_new.append(mark_new * (j2 - j1))
    for prefix, line, guide in (('- ', old, guide_old), ('+ ', new, guide_new)):
        yield prefix + line
        marks = ''.join(ch if mark == ' ' and ch.isspace() else mark
                        for ch, mark in zip(line, ''.join(guide))).rstrip()
        if marks:
            yield f'? {marks}\n'


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from an ndiff() delta."""
    try:
        keep = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ('  ', keep):
            yield line[2:]


# ------------------------------------------------------------------ unified and context diffs

def _unified_range(start, stop):
    # 'first,count' with 1-based first; a single line is just its number, an empty range
    # names the line before it.
    count = stop - start
    if count == 1:
        return str(start + 1)
    return f'{start + 1 if count else start},{count}'


def _context_range(start, stop):
    # 'first,last' (1-based, inclusive); one or no line is a single number.
    count = stop - start
    first = start + 1 if count else start
    if count <= 1:
        return str(first)
    return f'{first},{first + count - 1}'


def _require_str(a, b, *fields):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for field in fields:
        if not isinstance(field, str):
            raise TypeError('all arguments must be str, not: %r' % (field,))


def _file_header(mark, name, date, lineterm):
    return f'{mark} {name}' + (f'\t{date}' if date else '') + lineterm


def _headed_hunks(a, b, n, headers):
    # (lines to print first, hunk): the file headers go before the first hunk only, so a
    # diff of equal inputs prints nothing at all.
    pending = headers
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        yield pending, hunk
        pending = ()


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """Yield the unified diff of the line lists a and b, with n lines of context."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    headers = (_file_header('---', fromfile, fromfiledate, lineterm),
               _file_header('+++', tofile, tofiledate, lineterm))
    for head, hunk in _headed_hunks(a, b, n, headers):
        yield from head
        old_span = _unified_range(hunk[0][1], hunk[-1][2])
        new_span = _unified_range(hunk[0][3], hunk[-1][4])
        yield f'@@ -{old_span} +{new_span} @@{lineterm}'
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """Yield the context diff of the line lists a and b, with n lines of context."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    headers = (_file_header('***', fromfile, fromfiledate, lineterm),
               _file_header('---', tofile, tofiledate, lineterm))
    for head, hunk in _headed_hunks(a, b, n, headers):
        yield from head
        tags = {step[0] for step in hunk}
        yield '***************' + lineterm
        yield f'*** {_context_range(hunk[0][1], hunk[-1][2])} ****{lineterm}'
        if tags & {'replace', 'delete'}:
            for tag, i1, i2, _, _ in hunk:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line
        yield f'--- {_context_range(hunk[0][3], hunk[-1][4])} ----{lineterm}'
        if tags & {'replace', 'insert'}:
            for tag, _, _, j1, j2 in hunk:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """Run unified_diff or context_diff (dfunc) on bytes: everything is decoded as ASCII with
    surrogateescape, so any byte survives the round trip."""
    def text(value):
        try:
            return value.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from err

    lines = dfunc([text(x) for x in a], [text(x) for x in b], text(fromfile), text(tofile),
                  text(fromfiledate), text(tofiledate), n, text(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')
