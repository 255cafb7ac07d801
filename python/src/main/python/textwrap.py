"""Text wrapping and filling (Pyjama, pure Python; line breaks identical to CPython's)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these ASCII characters count as whitespace here (not all of str.isspace()).
_whitespace = '\t\n\x0b\x0c\r '


def _build_word_separator():
    """The regex that cuts text into chunks: runs of whitespace, em-dashes between words, and
    words, which may end after a hyphen between two letters (so 'long-term' can break)."""
    import re
    ws = '[%s]' % re.escape(_whitespace)
    not_ws = '[^' + ws[1:]
    word_punct = r'[\w!"\'&.,?]'
    letter = r'[^\d\W]'
    pieces = [
        ws + '+',                                          # whitespace run
        r'(?<=%s) -{2,} (?=\w)' % word_punct,              # em-dash between words
        not_ws + r'+? (?:'                                 # a word, ending:
        r'-(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))'     #   after a hyphen between letters
        r'(?= %(lt)s -? %(lt)s)'
        r' | (?=%(ws)s|\Z)'                                #   at whitespace or the end
        r' | (?<=%(wp)s) (?=-{2,}\w)'                      #   before an em-dash
        r')' % {'lt': letter, 'ws': ws, 'wp': word_punct},
    ]
    wordsep = re.compile('(' + '|'.join(pieces) + ')', re.VERBOSE)
    simple = re.compile('(%s+)' % ws)
    sentence_end = re.compile(r'[a-z][\.\!\?][\"\']?\Z')
    return wordsep, simple, sentence_end


_regexes = None


def _get_regexes():
    global _regexes
    if _regexes is None:
        _regexes = _build_word_separator()
    return _regexes


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks (words and whitespace runs)."""
        wordsep, simple, _ = _get_regexes()
        if self.break_on_hyphens is True:
            chunks = wordsep.split(text)
        else:
            chunks = simple.split(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """A single space after a sentence end becomes two."""
        sentence_end = _get_regexes()[2]
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and sentence_end.search(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line: split it (preferably after a hyphen) or,
        when long words may not be broken, put it alone on its own line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Greedily pack chunks into lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

        chunks.reverse()  # pop() from the end is cheap
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of a line (except the first) is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Trailing whitespace is dropped too.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    # The last allowed line: end it with the placeholder.
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <= self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """wrap(text : string) -> [string]

        Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines.
        """
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """fill(text : string) -> string

        Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string
        containing the entire wrapped paragraph.
        """
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    n = len(line)
    while i < n and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of whitespace are normalized to a newline
    character; they are ignored when computing the margin.
    """
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        blanks = _leading_blanks(line)
        if len(blanks) == len(line):
            # Whitespace-only lines (spaces and tabs) are normalized and ignored.
            lines[i] = ''
            continue
        if margin is None:
            margin = blanks
        elif blanks.startswith(margin):
            pass
        elif margin.startswith(blanks):
            margin = blanks
        else:
            # Find the longest common prefix of the two margins.
            k = 0
            while k < len(margin) and k < len(blanks) and margin[k] == blanks[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()

    prefixed_lines = []
    for line in text.splitlines(True):
        prefixed_lines.append(prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines)
