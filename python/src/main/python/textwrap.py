"""Filling and wrapping of plain text (wrap, fill, shorten, dedent, indent), written for Pyjama.

Text is cut into chunks (runs of whitespace, words, and word pieces that end in a hyphen),
then the chunks are packed greedily into lines. Where a word may be cut follows CPython's
rules, so lines break at the same places.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words; other Unicode spaces are part of words.
_BLANKS = '\t\n\x0b\x0c\r '
_PUNCT_BEFORE_DASH = '!"\'&.,?'


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # A word character that is not a decimal digit (so '_' counts, as in CPython).
    return _is_word_char(ch) and not ch.isdecimal()


def _can_precede_dash(ch):
    return _is_word_char(ch) or ch in _PUNCT_BEFORE_DASH


def _dash_run(text, i):
    """Length of the em-dash ('--', '---', ...) starting at i that leads into a word char, else 0."""
    j = i
    size = len(text)
    while j < size and text[j] == '-':
        j += 1
    if j - i >= 2 and j < size and _is_word_char(text[j]):
        return j - i
    return 0


def _hyphen_breaks_after(text, i):
    """Whether a line may break after the hyphen at text[i]: a letter pair, or a
    letter-hyphen-letter, before it, and a letter (optionally '-' then a letter) after it."""
    before_ok = ((i >= 2 and _is_letter(text[i - 1]) and _is_letter(text[i - 2]))
                 or (i >= 3 and _is_letter(text[i - 1]) and text[i - 2] == '-'
                     and _is_letter(text[i - 3])))
    if not before_ok or i + 1 >= len(text) or not _is_letter(text[i + 1]):
        return False
    if i + 2 < len(text) and _is_letter(text[i + 2]):
        return True
    return i + 3 < len(text) and text[i + 2] == '-' and _is_letter(text[i + 3])


def _word_end(text, start):
    """End of the word chunk starting at start (a non-blank character)."""
    size = len(text)
    i = start + 1
    while True:
        if i >= size or text[i] in _BLANKS:
            return i
        if text[i] == '-' and _can_precede_dash(text[i - 1]) and _dash_run(text, i):
            return i
        if text[i] == '-' and _hyphen_breaks_after(text, i):
            return i + 1
        i += 1


def _chunks_breaking_hyphens(text):
    chunks = []
    size = len(text)
    i = 0
    while i < size:
        if text[i] in _BLANKS:
            j = i + 1
            while j < size and text[j] in _BLANKS:
                j += 1
        elif text[i] == '-' and i > 0 and _can_precede_dash(text[i - 1]) and _dash_run(text, i):
            j = i + _dash_run(text, i)
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _chunks_at_blanks(text):
    chunks = []
    size = len(text)
    i = 0
    while i < size:
        blank = text[i] in _BLANKS
        j = i + 1
        while j < size and (text[j] in _BLANKS) == blank:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then at most one quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs to lines of at most `width` characters; the keyword arguments of
    wrap()/fill() are its attributes."""

    unicode_whitespace_trans = {ord(ch): ' ' for ch in _BLANKS}

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.subsequent_indent = subsequent_indent
        self.initial_indent = initial_indent
        self.tabsize = tabsize
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.drop_whitespace = drop_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_on_hyphens = break_on_hyphens
        self.break_long_words = break_long_words
        self.placeholder = placeholder
        self.max_lines = max_lines

    def _munge_whitespace(self, text):
        """Tabs expanded and every whitespace character made a space, as configured."""
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return expanded
        return expanded.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """The chunks of text: whitespace runs and words (hyphenated words in pieces)."""
        if self.break_on_hyphens:
            return _chunks_breaking_hyphens(text)
        return _chunks_at_blanks(text)

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence end (in place)."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) a chunk longer than the line into cur_line."""
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                # Prefer to cut after the last hyphen that fits, unless only hyphens precede it.
                dash = word.rfind('-', 0, room)
                if dash > 0 and word[:dash].strip('-'):
                    cut = dash + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Pack chunks into lines (see the class docstring for the options)."""
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        max_lines = self.max_lines
        if max_lines is not None:
            first = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        pending = chunks[::-1]
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if (max_lines is None or len(lines) + 1 < max_lines
                    or ((not pending or (self.drop_whitespace and len(pending) == 1
                                         and not pending[0].strip()))
                        and used <= room)):
                lines.append(indent + ''.join(line))
                continue
            self._finish_with_placeholder(lines, line, used, room, indent)
            break
        return lines

    def _finish_with_placeholder(self, lines, line, used, room, indent):
        """The last allowed line: as many chunks as fit before the placeholder."""
        placeholder = self.placeholder
        while line:
            if line[-1].strip() and used + len(placeholder) <= room:
                lines.append(indent + ''.join(line) + placeholder)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(placeholder) <= self.width:
                lines[-1] = previous + placeholder
                return
        lines.append(indent + placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of the wrapped paragraph text (no final newlines)."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """The wrapped paragraph as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap the paragraph text into lines of at most width characters (a list)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap the paragraph text and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to fit width with a placeholder at the end."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.split()))


def _margin(line):
    """The run of spaces and tabs that starts line."""
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """Remove the indentation (spaces and tabs) that all non-blank lines share.

    Lines of only spaces and tabs become empty; the shared margin is compared character by
    character, so a tab and spaces do not match."""
    lines = text.split('\n')
    common = None
    for n, line in enumerate(lines):
        if not line.strip(' \t'):
            lines[n] = ''
            continue
        lead = _margin(line)
        if common is None or lead.startswith(common):
            common = lead if common is None else common
        elif common.startswith(lead):
            common = lead
        else:
            k = 0
            while common[k] == lead[k]:
                k += 1
            common = common[:k]
    if common:
        lines = [line[len(common):] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix added to the lines for which predicate(line) is true (by default the
    lines that are not just whitespace)."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
