"""A lexer for shell-like syntax (split, quote, join and the shlex class), written for Pyjama.

The lexer is a character-at-a-time state machine. Its state attribute holds ' ' between tokens,
'a' inside a word, 'c' inside a run of punctuation, a quote character inside quotes, an escape
character right after one, and None at the end of input; programs may read it, so these are
the values CPython uses.
"""
import re
import sys
from collections import deque
from io import StringIO

__all__ = ['shlex', 'split', 'quote', 'join']

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
# POSIX mode also takes the Latin-1 letters as word characters.
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """Lexical analyser for shell-like text, read from a string or a text stream.

    posix=True follows POSIX shell quoting (quotes join words, escapes work, end of input is
    None); punctuation_chars=True (or a string of characters) makes runs of those characters
    separate tokens, as a shell's operators are.
    """

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream = sys.stdin
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.whitespace = ' \t\r\n'
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.whitespace_split = False
        self.wordchars = _ASCII_WORD + _LATIN1_WORD if posix else _ASCII_WORD
        self.state = ' '
        self.token = ''
        self.lineno = 1
        self.debug = 0
        self.source = None
        self.pushback = deque()
        self.filestack = deque()
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punctuation_chars = punctuation_chars
        # Characters read past the end of a punctuation run, to be read again.
        self._reread = deque()
        if punctuation_chars:
            # Characters common in file names join words; punctuation never does.
            words = self.wordchars + '~-./*?='
            self.wordchars = ''.join(ch for ch in words if ch not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Make tok the next token get_token() returns."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream (a stream or a string) until it is exhausted, then resume."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1

    def pop_source(self):
        """Close the current input and go back to the one push_source() interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self.state = ' '

    def get_token(self):
        """The next token: a pushed-back one first, sources included, eof at the end."""
        if self.pushback:
            return self.pushback.popleft()
        tok = self.read_token()
        if self.source is not None:
            # A token equal to `source` names a file whose tokens come next.
            while tok == self.source:
                included = self.sourcehook(self.read_token())
                if included:
                    self.push_source(included[1], included[0])
                tok = self.get_token()
        while tok == self.eof and self.filestack:
            self.pop_source()
            tok = self.get_token()
        return tok

    def _next_char(self):
        if self._reread:
            return self._reread.pop()
        return self.instream.read(1)

    def read_token(self):
        """Read one raw token from the input (no pushback, no source inclusion)."""
        self._quoted = False
        self._after_escape = ' '
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                done = self._between_tokens(ch)
            elif state in ('a', 'c'):
                done = self._in_word(ch)
            elif state in self.quotes:
                done = self._in_quotes(ch)
            elif state in self.escape:
                done = self._in_escape(ch)
            else:
                done = False
            if done:
                break
        tok, self.token = self.token, ''
        if self.posix and not self._quoted and tok == '':
            return None
        return tok

    def _has_token(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    # Each _between_tokens/_in_* step consumes one character and says whether a token ended.

    def _between_tokens(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            return self._has_token()
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._after_escape = 'a'
            self.state = ch
        elif ch in self.wordchars:
            self.token = ch
            self.state = 'a'
        elif ch in self._punctuation_chars:
            self.token = ch
            self.state = 'c'
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token = ch
            self.state = 'a'
        else:
            # Any other character is a token of its own.
            self.token = ch
            return self._has_token()
        return False

    def _in_quotes(self, ch):
        self._quoted = True
        closing = self.state
        if not ch:
            raise ValueError('No closing quotation')
        if ch == closing:
            if self.posix:
                self.state = 'a'
                return False
            self.token += ch
            self.state = ' '
            return True
        if self.posix and ch in self.escape and closing in self.escapedquotes:
            self._after_escape = closing
            self.state = ch
        else:
            self.token += ch
        return False

    def _in_escape(self, ch):
        if not ch:
            raise ValueError('No escaped character')
        # Inside quotes only the quote and the escape itself can be escaped; before anything
        # else the backslash stays.
        back = self._after_escape
        if back in self.quotes and ch != self.state and ch != back:
            self.token += self.state
        self.token += ch
        self.state = back
        return False

    def _in_word(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self.state = ' '
            return self._has_token()
        if ch in self.commenters:
            self._skip_comment()
            if not self.posix:
                # CPython's non-POSIX quirk: the word goes on after the comment ('d#e\nf' is 'df').
                return False
            self.state = ' '
            return self._has_token()
        if self.state == 'c':
            if ch in self._punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._reread.append(ch)
            self.state = ' '
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._after_escape = 'a'
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self._punctuation_chars)):
            self.token += ch
        else:
            # The character ends the word and starts the next token.
            if self._punctuation_chars:
                self._reread.append(ch)
            else:
                self.pushback.appendleft(ch)
            self.state = ' '
            return self._has_token()
        return False

    def sourcehook(self, newfile):
        """(name, open file) for a source-inclusion request; relative names are taken
        relative to the including file."""
        if newfile[:1] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not newfile.startswith('/'):
            folder = self.infile.rpartition('/')[0]
            if folder:
                newfile = folder + '/' + newfile
        return newfile, open(newfile, 'r')

    def error_leader(self, infile=None, lineno=None):
        """'"file", line N: ', the start of an error message in the style of C compilers."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """The words of s as a shell would split them (comments dropped only if comments=True)."""
    if s is None:
        raise ValueError('s argument must not be None')
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


_NEEDS_QUOTES = re.compile(r'[^\w@%+=:,./-]', re.ASCII)


def quote(s):
    """s made safe as one shell word: single-quoted unless it only has harmless characters."""
    if not s:
        return "''"
    if _NEEDS_QUOTES.search(s) is None:
        return s
    # A single quote cannot appear inside single quotes: close, add "'", reopen.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The inverse of split(): the words quoted and joined by spaces."""
    return ' '.join(quote(word) for word in split_command)
