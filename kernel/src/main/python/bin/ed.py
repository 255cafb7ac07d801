# ed -- the POSIX line editor, behaving like GNU ed 1.19.
#
# On Pyjama this file runs as /bin/ed.py with the globals `argv` (arguments
# only) and `cwd` set by the shell; on a host it runs as `python3 ed.py`.
# Only sys, os, os.path and re are used, because Pyjama's stdlib is young.
#
# Structure: Buffer holds the lines, marks, cut buffer and the undo snapshot;
# Editor parses one command at a time (addresses, command letter, suffixes)
# from a command string and executes it.  Errors are EdError exceptions whose
# message is GNU ed's help text; the main loop prints "?" for them.

"""Edit text files line by line (the commands and messages of GNU ed 1.19).

Usage: ed [OPTION]... [FILE]
Edit FILE (read first if given) with commands read from standard input, one per line:
addresses (. $ N +N -N , ; /RE/ ?RE? 'x), then a i c d p n l j m t s u w W r e E f q Q
= k g v G V x y z. An error prints '?'; 'h' tells why, 'H' always tells.

  -s, --script        no byte counts: for commands from a file or a pipe
  -v, --verbose       explain every error, as 'H' does
  -p, --prompt=TEXT   prompt for commands with TEXT
  -h, --help          print this help
(-q, -G, -l and -r are accepted and ignored.)
Exit status: 0; 1 after an error or for bad options; 2 when the input ends with the buffer
modified.
"""

import sys
import os
import re


class EdError(Exception):
    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg


class Quit(Exception):
    pass


class Line:
    """One buffer line.  Identity matters: marks refer to Line objects, so a
    line that is replaced (s, j, c) or deleted loses its mark while a moved
    line keeps it, and undo, which restores the old objects, restores it."""
    __slots__ = ('text',)

    def __init__(self, text):
        self.text = text


class Buffer:
    def __init__(self):
        self.lines = []          # list of Line
        self.cur = 0             # current address, 0 when empty
        self.modified = False
        self.marks = {}          # letter -> Line
        self.cut = []            # cut buffer: list of str
        self.undo_state = None   # (lines, cur, modified) before the last change
        self.pending = None      # state at the start of the current command
        self.snapped = False     # snapshot already taken for this command

    def last(self):
        return len(self.lines)

    def text(self, n):
        return self.lines[n - 1].text

    def begin_change(self):
        """A command that may modify the buffer starts: like GNU ed, forget
        the undo state even if the command then changes nothing."""
        self.pending = (list(self.lines), self.cur, self.modified)
        self.undo_state = None
        self.snapped = False

    def snapshot(self):
        """Called before each modification; the undo state is the buffer as
        it was when the command (or whole global command) began."""
        if not self.snapped:
            if self.pending is None:
                self.pending = (list(self.lines), self.cur, self.modified)
            self.undo_state = self.pending
            self.snapped = True

    def undo(self):
        if self.undo_state is None:
            raise EdError('Nothing to undo')
        lines, cur, modified = self.undo_state
        self.undo_state = (self.lines, self.cur, self.modified)
        self.lines = lines
        self.cur = cur
        self.modified = modified

    def insert(self, after, texts):
        """Insert texts after line `after`; current address = last inserted."""
        if texts:
            self.snapshot()
            self.lines[after:after] = [Line(t) for t in texts]
            self.modified = True
            self.cur = after + len(texts)
        else:
            self.cur = after

    def delete(self, first, second):
        self.snapshot()
        removed = self.lines[first - 1:second]
        del self.lines[first - 1:second]
        self.cut = [l.text for l in removed]
        self.modified = True
        self.cur = min(first, self.last()) if self.last() else 0
        if first > self.last():
            self.cur = self.last()

    def replace(self, n, texts):
        """Replace line n by texts (s command); a mark on it no longer
        resolves (until an undo brings the old line back)."""
        self.snapshot()
        self.lines[n - 1:n] = [Line(t) for t in texts]
        self.modified = True

    def mark_addr(self, letter):
        line = self.marks.get(letter)
        if line is None:
            raise EdError('Invalid address')
        for i, l in enumerate(self.lines):
            if l is line:
                return i + 1
        raise EdError('Invalid address')


# ---------------------------------------------------------------- regexes

_CLASSES = {
    'alnum': 'a-zA-Z0-9', 'alpha': 'a-zA-Z', 'blank': ' \\t',
    'cntrl': '\\x00-\\x1f\\x7f', 'digit': '0-9', 'graph': '!-~',
    'lower': 'a-z', 'print': ' -~', 'punct': '!-/:-@\\[-`{-~',
    'space': ' \\t\\n\\r\\f\\v', 'upper': 'A-Z', 'xdigit': '0-9A-Fa-f',
}


def _bracket(pat, i):
    """Translate the bracket expression starting after '[' at pat[i].
    Returns (python_text, index after ']')."""
    out = ['[']
    n = len(pat)
    if i < n and pat[i] == '^':
        out.append('^')
        i += 1
    first = True
    while True:
        if i >= n:
            raise EdError('Unmatched [, [^, [:, [., or [=')
        c = pat[i]
        if c == ']' and not first:
            return ''.join(out) + ']', i + 1
        first = False
        if c == '[' and i + 1 < n and pat[i + 1] in ':=.':
            kind = pat[i + 1]
            end = pat.find(kind + ']', i + 2)
            if end < 0:
                raise EdError('Unmatched [, [^, [:, [., or [=')
            name = pat[i + 2:end]
            i = end + 2
            if kind == ':':
                if name not in _CLASSES:
                    raise EdError('Invalid character class name')
                out.append(_CLASSES[name])
            else:
                out.append(re.escape(name))
            continue
        if i + 2 < n and pat[i + 1] == '-' and pat[i + 2] != ']':
            lo, hi = c, pat[i + 2]
            if ord(lo) > ord(hi):
                raise EdError('Invalid range end')
            out.append(_esc_class(lo) + '-' + _esc_class(hi))
            i += 3
            continue
        out.append(_esc_class(c))
        i += 1


def _esc_class(c):
    if c in '\\]^-[':
        return '\\' + c
    return c


def translate_bre(pat, notbol):
    """POSIX basic regular expression (with GNU extensions) -> Python re.
    notbol: compile for a search that does not start at the line's start,
    where '^' cannot match (GNU ed's REG_NOTBOL)."""
    out = []
    n = len(pat)
    i = 0
    depth = 0
    ngroups = 0
    closed = set()
    # True where a following '*' is literal: at the start of the RE or a group.
    at_start = True
    after_star = False
    while i < n:
        c = pat[i]
        if c == '\\':
            after_star = False
            i += 1
            if i >= n:
                raise EdError('Trailing backslash')
            c = pat[i]
            i += 1
            if c == '(':
                depth += 1
                ngroups += 1
                out.append('(')
                at_start = True
                if i < n and pat[i] == '^':
                    out.append('(?!)' if notbol else '\\A')
                    i += 1
                continue
            if c == ')':
                if depth == 0:
                    raise EdError('Unmatched ) or \\)')
                depth -= 1
                closed.add(ngroups)
                out.append(')')
                at_start = False
                continue
            if c == '|':
                out.append('|')
                at_start = True
                if i < n and pat[i] == '^':
                    out.append('(?!)' if notbol else '\\A')
                    i += 1
                continue
            if c == '{':
                if at_start or after_star:
                    raise EdError('Invalid preceding regular expression')
                end = pat.find('\\}', i)
                if end < 0:
                    raise EdError('Unmatched \\{')
                body = pat[i:end]
                m = re.match(r'^(\d*)(,(\d*))?$', body)
                if not m or body == '' or body == ',':
                    raise EdError('Invalid content of \\{\\}')
                if m.group(3) and int(m.group(3)) < int(m.group(1) or 0):
                    raise EdError('Invalid content of \\{\\}')
                out.append('{' + body + '}')
                i = end + 2
                continue
            if c in '+?':
                if at_start:
                    out.append('\\' + c)
                    at_start = False
                else:
                    out.append(c)
                continue
            if c in '123456789':
                if int(c) not in closed:
                    raise EdError('Invalid back reference')
                out.append('(?:\\' + c + ')')
                at_start = False
                continue
            if c == '<':
                out.append('\\b(?=\\w)')
                continue
            if c == '>':
                out.append('\\b(?<=\\w)')
                continue
            if c in 'bBwW':
                out.append('\\' + c)
                at_start = False
                continue
            if c == '`':
                out.append('(?!)' if notbol else '\\A')
                continue
            if c == "'":
                out.append('\\Z')
                continue
            out.append(re.escape(c))
            at_start = False
            continue
        if c == '[':
            after_star = False
            text, i = _bracket(pat, i + 1)
            out.append(text)
            at_start = False
            continue
        i += 1
        if c == '*':
            if after_star:
                raise EdError('Invalid preceding regular expression')
            out.append('\\*' if at_start else '*')
            after_star = not at_start
            at_start = False
            continue
        after_star = False
        if c == '^' and i == 1:
            out.append('(?!)' if notbol else '\\A')
            continue
        if c == '$' and (i == n or pat.startswith('\\)', i)
                         or pat.startswith('\\|', i)):
            out.append('\\Z')
            continue
        if c == '.':
            out.append('.')
        else:
            out.append(re.escape(c))
        at_start = False
    if depth:
        raise EdError('Unmatched ( or \\(')
    return ''.join(out)


class Regex:
    """A compiled ed pattern: a variant for searches at the line start and
    one for later searches (where '^' must fail)."""

    def __init__(self, pat, icase):
        flags = re.DOTALL | (re.IGNORECASE if icase else 0)
        try:
            self.bol = re.compile(translate_bre(pat, False), flags)
            self.notbol = re.compile(translate_bre(pat, True), flags)
        except re.error:
            raise EdError('Invalid preceding regular expression')
        self.groups = self.bol.groups

    def search(self, text, pos=0, notbol=False):
        """Search text[pos:]; after the first match of an s command GNU ed
        searches the rest of the line with REG_NOTBOL, where the characters
        before pos are not seen (so \\< may match at pos) and '^' fails."""
        if notbol:
            return self.notbol.search(text[pos:])
        return self.bol.search(text)


# ---------------------------------------------------------------- the editor

PF_L, PF_N, PF_P = 1, 2, 4


class Editor:
    def __init__(self, cwd, scripted=False, prompt=None, verbose=False):
        self.buf = Buffer()
        self.cwd = cwd
        self.scripted = scripted          # -s
        self.prompt = to_internal(prompt) if prompt is not None else '*'
        self.prompt_on = prompt is not None
        self.verbose = verbose
        self.errmsg = ''
        self.filename = ''
        self.last_regex = None
        self.last_repl = None             # previous replacement (for %)
        self.subst = None                 # (regex, repl, gflag, count, pflags)
        self.window = 22
        self.err_status = 0
        self.isglobal = False
        self.global_changed = False
        self.stdin_is_file = _stdin_is_regular_file()
        self.line_no = 0
        self.warned = False               # the last command gave the warning

    # ------------------------------------------------------------ I/O

    # The buffer, commands and file names hold bytes as Latin-1 text (one character per
    # byte), so that any byte survives an edit. At the terminal they are bytes again: GNU ed
    # prints a line's bytes as they are, so a UTF-8 file shows its characters, not their
    # Latin-1 reading re-encoded.

    def out(self, s):
        data = s.encode('latin-1')
        raw = _byte_stream(sys.stdout)
        if raw is not None:
            raw.write(data)
        else:
            sys.stdout.write(data.decode('utf-8', 'replace'))

    def flush(self):
        sys.stdout.flush()
        raw = _byte_stream(sys.stdout)
        if raw is not None:
            raw.flush()

    def read_line(self):
        """One line of standard input, with its newline; '' at end of file."""
        self.flush()
        raw = _byte_stream(sys.stdin)
        if raw is not None:
            line = raw.readline().decode('latin-1')
        else:
            line = to_internal(sys.stdin.readline())
        if line:
            self.line_no += 1
            if not line.endswith('\n'):
                line += '\n'
        return line

    def path(self, name):
        name = to_os(name)
        if os.path.isabs(name):
            return name
        return os.path.join(self.cwd, name)

    # ------------------------------------------------------------ main loop

    def run(self):
        while True:
            if self.prompt_on:
                self.out(self.prompt)
            line = self.read_line()
            if not line:
                if not self.buf.modified or self.warned:
                    return self.err_status
                self.errmsg = 'Warning: buffer modified'
                self.out('?\n')
                if self.stdin_is_file and self.verbose:
                    self.out('script, line %d: %s\n' % (self.line_no, self.errmsg))
                elif self.verbose:
                    self.out(self.errmsg + '\n')
                if self.prompt_on:
                    # GNU ed prompts again and then reads the end of file.
                    self.out(self.prompt)
                return 2
            try:
                self.command(line)
                self.warned = False
            except Quit:
                return self.err_status
            except EdError as e:
                self.errmsg = e.msg
                self.warned = e.msg == 'Warning: buffer modified'
                self.out('?\n')
                self.err_status = 1
                if self.stdin_is_file:
                    if self.verbose:
                        self.out('script, line %d: %s\n'
                                 % (self.line_no, self.errmsg))
                    return 2 if self.warned else 1
                if self.verbose:
                    self.out(self.errmsg + '\n')

    # ------------------------------------------------------------ parsing

    def command(self, text):
        """Execute one command whose text starts at text (a full line or,
        inside a global command, the command list)."""
        self.s = text
        self.i = 0
        self.exec_one()

    def peek(self):
        return self.s[self.i] if self.i < len(self.s) else '\n'

    def next(self):
        c = self.peek()
        self.i += 1
        return c

    def skip_blanks(self):
        while self.i < len(self.s) and self.s[self.i] in ' \t':
            self.i += 1

    def parse_int(self):
        j = self.i
        while j < len(self.s) and self.s[j].isdigit():
            j += 1
        n = int(self.s[self.i:j])
        self.i = j
        return n

    def extract_addresses(self):
        """Returns the address count (0, 1, 2) and sets self.first and
        self.second, as GNU ed's extract_addresses."""
        buf = self.buf
        first = True
        first_addr = second_addr = -1
        self.skip_blanks()
        while True:
            c = self.peek()
            if c.isdigit() and c in '0123456789':
                n = self.parse_int()
                if first:
                    first = False
                    second_addr = n
                else:
                    second_addr += n
            elif c in ' \t':
                self.i += 1
                self.skip_blanks()
            elif c in '+-':
                if first:
                    first = False
                    second_addr = buf.cur
                self.i += 1
                if self.peek() in '0123456789':
                    n = self.parse_int()
                    second_addr += -n if c == '-' else n
                else:
                    second_addr += 1 if c == '+' else -1
            elif c in '.$':
                if not first:
                    raise EdError('Invalid address')
                first = False
                self.i += 1
                second_addr = buf.cur if c == '.' else buf.last()
            elif c in '/?':
                if not first:
                    raise EdError('Invalid address')
                second_addr = self.search_address()
                first = False
            elif c == "'":
                if not first:
                    raise EdError('Invalid address')
                first = False
                self.i += 1
                letter = self.next()
                if not ('a' <= letter <= 'z'):
                    raise EdError('Invalid mark character')
                second_addr = buf.mark_addr(letter)
            elif c in ',;%':
                if first:
                    if first_addr < 0:
                        first_addr = buf.cur if c == ';' else 1
                        second_addr = buf.last()
                    else:
                        first_addr = second_addr
                else:
                    if second_addr < 0 or second_addr > buf.last():
                        raise EdError('Invalid address')
                    if c == ';':
                        buf.cur = second_addr
                    first_addr = second_addr
                    first = True
                self.i += 1
            else:
                if not first and (second_addr < 0 or second_addr > buf.last()):
                    raise EdError('Invalid address')
                cnt = 0
                if second_addr >= 0:
                    cnt = 2 if first_addr >= 0 else 1
                if cnt <= 0:
                    second_addr = buf.cur
                if cnt <= 1:
                    first_addr = second_addr
                self.first = first_addr
                self.second = second_addr
                return cnt

    def get_regex(self):
        """Parse /re/[I] at self.i (the delimiter is the current char).
        Leaves self.i after the pattern, on the closing delimiter."""
        delim = self.peek()
        if delim in ' \n':
            raise EdError('Invalid pattern delimiter')
        self.i += 1
        start = self.i
        s = self.s
        while self.i < len(s) and s[self.i] != delim and s[self.i] != '\n':
            if s[self.i] == '[':
                self.i = self.skip_bracket(self.i + 1)
            elif s[self.i] == '\\':
                self.i += 1
                if self.peek() == '\n':
                    raise EdError('Trailing backslash (\\)')
            self.i += 1
        pat = s[start:self.i]
        icase = False
        if self.peek() == delim and self.i + 1 < len(s) and s[self.i + 1] == 'I':
            icase = True
        if pat == '':
            if icase:
                raise EdError('Invalid pattern delimiter')
            if self.last_regex is None:
                raise EdError('No previous pattern')
            return self.last_regex
        self.last_regex = Regex(pat, icase)
        return self.last_regex

    def skip_bracket(self, j):
        """j is just after '['; return the index of the closing ']'."""
        s = self.s
        if j < len(s) and s[j] == '^':
            j += 1
        if j < len(s) and s[j] == ']':
            j += 1
        while j < len(s) and s[j] != ']' and s[j] != '\n':
            if s[j] == '[' and j + 1 < len(s) and s[j + 1] in ':.=':
                kind = s[j + 1]
                end = s.find(kind + ']', j + 2)
                if end < 0 or '\n' in s[j:end]:
                    raise EdError('Unbalanced brackets ([])')
                j = end + 2
                continue
            j += 1
        if j >= len(s) or s[j] != ']':
            raise EdError('Unbalanced brackets ([])')
        return j

    def skip_icase(self, delim):
        """After get_regex: consume the closing delimiter and an I suffix."""
        if self.peek() == delim:
            self.i += 1
            if self.peek() == 'I':
                self.i += 1

    def search_address(self):
        delim = self.peek()
        rx = self.get_regex()
        self.skip_icase(delim)
        buf = self.buf
        last = buf.last()
        n = buf.cur
        step = 1 if delim == '/' else -1
        for _ in range(last):
            n += step
            if n > last:
                n = 1
            elif n < 1:
                n = last
            if rx.search(buf.text(n)):
                return n
        raise EdError('No match')

    def command_suffix(self, pflags=0):
        while True:
            c = self.peek()
            bit = {'l': PF_L, 'n': PF_N, 'p': PF_P}.get(c)
            if bit is None or pflags & bit:
                break
            pflags |= bit
            self.i += 1
        self.end_of_command()
        return pflags

    def end_of_command(self):
        """Consume the newline ending a command; inside a global command
        list, an escaped newline also ends it."""
        if self.isglobal and self.peek() == '\\' and \
                self.s.startswith('\n', self.i + 1):
            self.i += 1
        if self.next() != '\n':
            raise EdError('Invalid command suffix')

    def unexpected_address(self, cnt):
        if cnt > 0:
            raise EdError('Invalid address')

    def unexpected_suffix(self):
        if self.peek() not in ' \t\n':
            raise EdError('Unexpected command suffix')

    def check_range(self, n, m, cnt):
        if cnt == 0:
            self.first, self.second = n, m
        if self.first < 1 or self.first > self.second or self.second > self.buf.last():
            raise EdError('Invalid address')

    def check_second(self, addr, cnt):
        if cnt == 0:
            self.second = addr
        if self.second < 1 or self.second > self.buf.last():
            raise EdError('Invalid address')

    def third_address(self):
        """Destination address of m and t."""
        saved = (self.first, self.second)
        cnt = self.extract_addresses()
        addr = self.second
        if addr < 0 or addr > self.buf.last():
            raise EdError('Invalid address')
        self.first, self.second = saved
        return addr

    def extended_line(self, strip=True):
        """Join lines ending in an escaped newline (for g command lists and
        file names); strip: remove the escaping backslashes."""
        end = self.s.find('\n', self.i)
        if end < 0:
            self.s += '\n'
            end = len(self.s) - 1
        while _trailing_escape(self.s, end):
            if self.isglobal:
                break
            nxt = self.read_line()
            if not nxt:
                raise EdError('Unexpected end-of-file')
            keep = end if strip else end + 1
            self.s = self.s[:keep - 1] + '\n' + nxt + self.s[end + 1:]
            end = self.s.find('\n', keep)
        return self.s[self.i:end]

    def get_filename(self, required):
        self.skip_blanks()
        if self.peek() != '\n':
            name = self.extended_line()
            self.i += len(name) + 1
            if self.isglobal and _trailing_escape(name, len(name)):
                name = name[:-1]
            name = name.replace('\\\n', '\n')
            if name.startswith('!'):
                raise EdError('Cannot execute shell commands')
            return name
        self.i += 1
        if required and not self.filename:
            raise EdError('No current filename')
        return ''

    # ------------------------------------------------------------ commands

    def exec_one(self):
        buf = self.buf
        cnt = self.extract_addresses()
        self.skip_blanks()
        c = self.next()
        if c == '\\' and self.isglobal and self.peek() == '\n':
            c = self.next()
        pflags = 0
        if c == 'a':
            pflags = self.command_suffix()
            self.begin_change()
            self.append(self.second, self.input_lines())
        elif c == 'c':
            self.check_range(buf.cur, buf.cur, cnt)
            pflags = self.command_suffix()
            self.begin_change()
            texts = self.input_lines()
            first = self.first
            buf.delete(self.first, self.second)
            self.append(first - 1, texts)
            if not texts:
                buf.cur = min(first, buf.last()) if first <= buf.last() else buf.last()
        elif c == 'd':
            self.check_range(buf.cur, buf.cur, cnt)
            pflags = self.command_suffix()
            self.begin_change()
            buf.delete(self.first, self.second)
            self.changed()
        elif c in 'eE':
            self.unexpected_address(cnt)
            self.unexpected_suffix()
            name = self.get_filename(True)
            if c == 'e' and buf.modified and not self.warned:
                raise EdError('Warning: buffer modified')
            self.edit(name)
        elif c == 'f':
            self.unexpected_address(cnt)
            self.unexpected_suffix()
            name = self.get_filename(True)
            if name:
                self.filename = name
            self.out(self.filename + '\n')
        elif c in 'gvGV':
            if self.isglobal:
                raise EdError('Cannot nest global commands')
            self.check_range(1, buf.last(), cnt)
            self.global_cmd(c)
        elif c in 'hH':
            self.unexpected_address(cnt)
            pflags = self.command_suffix()
            if c == 'H':
                self.verbose = not self.verbose
            if (c == 'h' or self.verbose) and self.errmsg:
                self.out(self.errmsg + '\n')
        elif c == 'i':
            pflags = self.command_suffix()
            self.begin_change()
            texts = self.input_lines()
            self.append(max(self.second - 1, 0), texts)
            if not texts:
                buf.cur = self.second
        elif c == 'j':
            self.check_range(buf.cur, buf.cur + 1, cnt)
            pflags = self.command_suffix()
            self.begin_change()
            if self.first < self.second:
                texts = [buf.text(n) for n in range(self.first, self.second + 1)]
                first = self.first
                buf.delete(self.first, self.second)
                buf.insert(first - 1, [''.join(texts)])
                buf.cut = texts
                self.changed()
        elif c == 'k':
            letter = self.next()
            if self.second == 0:
                raise EdError('Invalid address')
            if letter == '\n':
                raise EdError('Invalid command suffix')
            pflags = self.command_suffix()
            if not ('a' <= letter <= 'z'):
                raise EdError('Invalid mark character')
            buf.marks[letter] = buf.lines[self.second - 1]
        elif c in 'lnp':
            self.check_range(buf.cur, buf.cur, cnt)
            pflags = self.command_suffix()
            self.print_lines(self.first, self.second,
                             pflags | {'l': PF_L, 'n': PF_N, 'p': PF_P}[c])
            pflags = 0
        elif c == 'm':
            self.check_range(buf.cur, buf.cur, cnt)
            addr = self.third_address()
            if self.first <= addr < self.second:
                raise EdError('Invalid destination')
            pflags = self.command_suffix()
            self.begin_change()
            self.move(self.first, self.second, addr)
        elif c in 'Pq':
            self.unexpected_address(cnt)
            pflags = self.command_suffix()
            if c == 'P':
                self.prompt_on = not self.prompt_on
            else:
                if buf.modified and not self.warned:
                    raise EdError('Warning: buffer modified')
                raise Quit()
        elif c == 'Q':
            self.unexpected_address(cnt)
            pflags = self.command_suffix()
            raise Quit()
        elif c == 'r':
            self.unexpected_suffix()
            if cnt == 0:
                self.second = buf.last()
            name = self.get_filename(True)
            self.begin_change()
            if not self.filename:
                self.filename = name
            n = self.read_file(name or self.filename, self.second)
            if n:
                buf.modified = True
                self.changed()
        elif c == 's':
            pflags = self.substitute(cnt)
        elif c == 't':
            self.check_range(buf.cur, buf.cur, cnt)
            addr = self.third_address()
            pflags = self.command_suffix()
            self.begin_change()
            texts = [buf.text(n) for n in range(self.first, self.second + 1)]
            self.append(addr, texts)
        elif c == 'u':
            self.unexpected_address(cnt)
            pflags = self.command_suffix()
            if self.isglobal:
                if not self.global_changed:
                    raise EdError('Nothing to undo')
                self.global_undo = True
            buf.undo()
            buf.snapped = True
        elif c in 'wW':
            q = self.peek()
            if q in 'qQ' and c == 'w' or q == 'q' and c == 'W':
                self.i += 1
            else:
                q = ''
            self.unexpected_suffix()
            name = self.get_filename(True)
            if cnt == 0 and buf.last() == 0:
                self.first = self.second = 0
            else:
                self.check_range(1, buf.last(), cnt)
            if not self.filename:
                self.filename = name
            n = self.write_file(name or self.filename, 'a' if c == 'W' else 'w',
                                self.first, self.second)
            if n == buf.last():
                buf.modified = False
            elif q == 'q' and buf.modified and not self.warned:
                raise EdError('Warning: buffer modified')
            if q:
                raise Quit()
        elif c == 'x':
            if cnt and self.second < 0:
                raise EdError('Invalid address')
            pflags = self.command_suffix()
            self.begin_change()
            if not buf.cut:
                raise EdError('Nothing to put')
            self.append(self.second, list(buf.cut))
        elif c == 'y':
            self.check_range(buf.cur, buf.cur, cnt)
            pflags = self.command_suffix()
            buf.cut = [buf.text(n) for n in range(self.first, self.second + 1)]
        elif c == 'z':
            self.first = 1
            self.check_second(buf.cur + (0 if self.isglobal else 1), cnt)
            if self.peek() in '123456789':
                self.window = self.parse_int()
            pflags = self.command_suffix()
            self.print_lines(self.second,
                             min(buf.last(), self.second + self.window - 1), pflags)
            pflags = 0
        elif c == '=':
            pflags = self.command_suffix()
            self.out('%d\n' % (self.second if cnt else buf.last()))
        elif c == '!':
            raise EdError('Cannot execute shell commands')
        elif c == '\n':
            self.first = 1
            self.check_second(buf.cur + (0 if self.isglobal else 1), cnt)
            self.print_lines(self.second, self.second, 0)
        elif c == '#':
            end = self.s.find('\n', self.i)
            self.i = len(self.s) if end < 0 else end + 1
        else:
            raise EdError('Unknown command')
        if pflags:
            self.print_lines(buf.cur, buf.cur, pflags)

    def begin_change(self):
        if not self.isglobal:
            self.buf.begin_change()

    def changed(self):
        if self.isglobal:
            self.global_changed = True

    # ------------------------------------------------------------ input mode

    def input_lines(self):
        """Text for a, i, c: from stdin, or from the rest of the command
        list inside a global command (where the final '.' may be omitted)."""
        texts = []
        if self.isglobal:
            while self.i < len(self.s):
                end = self.s.find('\n', self.i)
                if end < 0:
                    end = len(self.s)
                line = self.s[self.i:end]
                self.i = end + 1
                if _trailing_escape(line, len(line)):
                    line = line[:-1]
                if line == '.':
                    break
                texts.append(line)
            return texts
        while True:
            line = self.read_line()
            if not line:
                break
            line = line[:-1]
            if line == '.':
                break
            texts.append(line)
        return texts

    def append(self, after, texts):
        self.buf.insert(after, texts)
        if texts:
            self.changed()

    # ------------------------------------------------------------ printing

    def print_lines(self, first, second, pflags):
        buf = self.buf
        if first < 1 or second > buf.last() or first > second:
            raise EdError('Invalid address')
        out = []
        for n in range(first, second + 1):
            text = buf.text(n)
            prefix = ('%d\t' % n) if pflags & PF_N else ''
            if pflags & PF_L:
                out.append(prefix + list_line(text, 8 if prefix else 0))
            else:
                out.append(prefix + text + '\n')
        self.out(''.join(out))
        buf.cur = second

    # ------------------------------------------------------------ files

    def read_text(self, name):
        try:
            f = open(self.path(name), 'rb')
        except OSError as e:
            sys.stderr.write('%s: %s\n' % (to_os(name), _strerror(e)))
            raise EdError('Cannot open input file')
        try:
            data = f.read()
        finally:
            f.close()
        text = data.decode('latin-1')
        size = len(data)
        if text.endswith('\n'):
            lines = text[:-1].split('\n')
        elif text:
            lines = text.split('\n')
            self.out('Newline appended\n')
            size += 1
        else:
            lines = []
        return lines, size

    def read_file(self, name, after):
        lines, size = self.read_text(name)
        self.buf.insert(after, lines)
        if not self.scripted:
            self.out('%d\n' % size)
        return len(lines)

    def edit(self, name):
        buf = self.buf
        buf.lines = []
        buf.marks = {}
        buf.cut = []
        buf.cur = 0
        buf.modified = False
        buf.undo_state = None
        buf.pending = None
        if name:
            self.filename = name
        lines, size = self.read_text(self.filename)
        buf.lines = [Line(t) for t in lines]
        buf.cur = len(lines)
        if not self.scripted:
            self.out('%d\n' % size)

    def write_file(self, name, mode, first, second):
        try:
            f = open(self.path(name), mode + 'b')
        except OSError as e:
            sys.stderr.write('%s: %s\n' % (to_os(name), _strerror(e)))
            raise EdError('Cannot open output file')
        size = 0
        try:
            if first > 0:
                data = ''.join(self.buf.text(n) + '\n'
                               for n in range(first, second + 1))
                raw = data.encode('latin-1')
                f.write(raw)
                size = len(raw)
        finally:
            f.close()
        if not self.scripted:
            self.out('%d\n' % size)
        return second - first + 1 if first > 0 else 0

    # ------------------------------------------------------------ m

    def move(self, first, second, addr):
        buf = self.buf
        if addr == first - 1 or addr == second:
            buf.cur = second
            buf.modified = True
            self.changed()
            return
        buf.snapshot()
        moving = buf.lines[first - 1:second]
        rest = buf.lines[:first - 1] + buf.lines[second:]
        dest = addr if addr < first else addr - len(moving)
        buf.lines = rest[:dest] + moving + rest[dest:]
        buf.cur = dest + len(moving)
        buf.modified = True
        self.changed()

    # ------------------------------------------------------------ g, v, G, V

    def global_cmd(self, c):
        buf = self.buf
        delim = self.peek()
        rx = self.get_regex()
        self.skip_icase(delim)
        match = c in 'gG'
        active = [buf.lines[n - 1] for n in range(self.first, self.second + 1)
                  if bool(rx.search(buf.text(n))) == match]
        interactive = c in 'GV'
        if interactive:
            self.command_suffix()
            cmdlist = None
        else:
            if self.peek() == '\n':
                cmdlist = 'p\n'
            else:
                # Kept raw: an escaped newline ends a command of the list,
                # or is a newline in an s replacement.
                cmdlist = self.extended_line(strip=False) + '\n'
        self.begin_change()
        self.isglobal = True
        self.global_changed = False
        self.global_undo = False
        previous = None
        n = 1
        try:
            for line in active:
                n = _index_of(buf.lines, line, n)
                if n == 0:
                    n = 1
                    continue
                buf.cur = n
                if interactive:
                    self.print_lines(n, n, 0)
                    text = self.read_line()
                    if not text:
                        raise EdError('Unexpected end-of-file')
                    text = self.join_escaped(text)
                    if text == '\n':
                        continue
                    if text == '&\n':
                        if previous is None:
                            raise EdError('No previous command')
                        text = previous
                    previous = text
                    todo = text
                else:
                    todo = cmdlist
                self.s = todo
                self.i = 0
                while self.i < len(self.s):
                    self.exec_one()
                    if self.global_undo:
                        return
        finally:
            self.isglobal = False

    def join_escaped(self, text):
        while _trailing_escape(text, len(text) - 1):
            nxt = self.read_line()
            if not nxt:
                raise EdError('Unexpected end-of-file')
            text = text + nxt
        return text

    # ------------------------------------------------------------ s

    def substitute(self, cnt):
        buf = self.buf
        self.check_range(buf.cur, buf.cur, cnt)
        c = self.peek()
        if c in '\ngpr0123456789':
            # Repeat the last substitution: s[g][N][p][r]
            if self.subst is None:
                raise EdError('No previous substitution')
            rx, repl, gflag, count, spflags = self.subst
            use_last = False
            while self.peek() != '\n' and not (
                    self.isglobal and self.s.startswith('\\\n', self.i)):
                c = self.next()
                if c == 'g':
                    gflag = not gflag
                    count = 1
                elif c == 'p':
                    spflags ^= PF_P
                elif c == 'r':
                    use_last = True
                elif c.isdigit():
                    self.i -= 1
                    count = self.parse_int()
                    if count == 0:
                        raise EdError('Invalid count')
                else:
                    raise EdError('Invalid command suffix')
            if not (self.isglobal and self.peek() == '\n'):
                # In a global command list GNU ed leaves the newline, which
                # then runs as a null command and prints the line.
                self.end_of_command()
            if use_last:
                if self.last_regex is None:
                    raise EdError('No previous pattern')
                rx = self.last_regex
            self.subst = (rx, repl, gflag, count, spflags)
            self.do_subst(rx, repl, gflag, count)
            return spflags
        if c in ' \n':
            raise EdError('Invalid pattern delimiter')
        delim = c
        rx = self.get_regex()
        if self.peek() != delim:
            raise EdError('Missing pattern delimiter')
        self.i += 1
        repl, omitted = self.extract_replacement(delim)
        gflag = False
        count = 1
        spflags = 0
        icase = False
        if omitted:
            spflags = PF_P
        else:
            seen = set()
            while True:
                c = self.peek()
                if c in seen:
                    break
                if c == 'g' and 'N' not in seen:
                    gflag = True
                elif c.isdigit() and c != '0' and 'g' not in seen and 'N' not in seen:
                    count = self.parse_int()
                    seen.add('N')
                    continue
                elif c == 'p':
                    spflags |= PF_P
                elif c == 'l':
                    spflags |= PF_L
                elif c == 'n':
                    spflags |= PF_N
                elif c in 'Ii':
                    icase = True
                else:
                    break
                seen.add(c)
                self.i += 1
            self.end_of_command()
        if icase:
            rx = _icase(rx)
            self.last_regex = rx
        self.subst = (rx, repl, gflag, count, spflags)
        self.do_subst(rx, repl, gflag, count)
        return spflags

    def extract_replacement(self, delim):
        """Returns (replacement template, last delimiter omitted)."""
        start = self.i
        while True:
            if self.i >= len(self.s):
                self.s += '\n'
            c = self.s[self.i]
            if c == delim:
                break
            if c == '\n':
                break
            if c == '\\':
                self.i += 1
                if self.i >= len(self.s):
                    self.s += '\n'
                if self.s[self.i] == '\n' and not self.isglobal \
                        and self.i == len(self.s) - 1:
                    nxt = self.read_line()
                    if not nxt:
                        raise EdError('Unexpected end-of-file')
                    self.s += nxt
            self.i += 1
        text = self.s[start:self.i]
        omitted = self.s[self.i] == '\n'
        if not omitted or not self.isglobal:
            # In a global command list GNU ed leaves the newline after an
            # omitted delimiter: it then runs as a null command (prints).
            self.i += 1
        if text == '%':
            if self.last_repl is None:
                raise EdError('No previous substitution')
            text = self.last_repl
        self.last_repl = text
        return text, omitted

    def do_subst(self, rx, repl, gflag, count):
        buf = self.buf
        self.begin_change()
        done = False
        last_line = 0
        n = self.first
        end = self.second
        while n <= end:
            text = buf.text(n)
            new = self.replace_in(rx, text, repl, gflag, count)
            if new is None:
                n += 1
                continue
            parts = new.split('\n')
            done = True
            buf.replace(n, parts)
            buf.cut = [text]
            n += len(parts)
            end += len(parts) - 1
            last_line = n - 1
        if not done:
            if self.isglobal:
                buf.modified = True
                return
            raise EdError('No match')
        buf.cur = last_line
        self.changed()

    def replace_in(self, rx, text, repl, gflag, count):
        out = []
        pos = 0
        matchno = 0
        changed = False
        m = rx.search(text, 0)
        if m is None:
            return None
        while True:
            so, eo = m.start() + pos, m.end() + pos
            matchno += 1
            if gflag or matchno == count:
                out.append(text[pos:so])
                out.append(expand(repl, m))
                changed = True
            else:
                out.append(text[pos:eo])
            pos = eo
            if pos >= len(text) or (not gflag and changed):
                break
            m2 = rx.search(text, pos, True)
            if m2 is None:
                break
            if so == eo and m2.start() == 0:
                raise EdError('Infinite substitution loop')
            m = m2
        if not changed:
            return None
        out.append(text[pos:])
        return ''.join(out)


def _icase(rx):
    new = Regex.__new__(Regex)
    flags = rx.bol.flags | re.IGNORECASE
    new.bol = re.compile(rx.bol.pattern, flags)
    new.notbol = re.compile(rx.notbol.pattern, flags)
    new.groups = rx.groups
    return new


def expand(repl, m):
    """Apply a replacement template: & is the match, \\N a group, \\c is c."""
    out = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c == '&':
            out.append(m.group(0))
        elif c == '\\' and i + 1 < n:
            i += 1
            c = repl[i]
            if c in '123456789' and int(c) <= m.re.groups:
                out.append(m.group(int(c)) or '')
            else:
                out.append(c)
        else:
            out.append(c)
        i += 1
    return ''.join(out)


def list_line(text, col0):
    """GNU ed's l format: escapes, '$' doubled with a backslash, lines folded
    before column 72 with a trailing backslash, '$' at the end."""
    esc = {'\a': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
           '\t': '\\t', '\v': '\\v', '\\': '\\\\', '$': '\\$'}
    out = []
    col = col0
    for ch in text:
        o = ord(ch)
        if ch in esc:
            s = esc[ch]
        elif o < 32 or o >= 127:
            s = '\\%03o' % o
        else:
            s = ch
        if col + len(s) > 72:
            out.append('\\\n')
            col = 0
        out.append(s)
        col += len(s)
    out.append('$\n')
    return ''.join(out)


def _trailing_escape(s, end):
    """True when s[end] is preceded by an odd number of backslashes."""
    k = 0
    j = end - 1
    while j >= 0 and s[j] == '\\':
        k += 1
        j -= 1
    return k % 2 == 1


def _index_of(lines, line, hint):
    """1-based index of the Line object, or 0 when it was deleted.  Marked
    lines are visited in order, so the search starts near the last one."""
    start = max(hint - 3, 0)
    for i in range(start, len(lines)):
        if lines[i] is line:
            return i + 1
    for i in range(0, min(start, len(lines))):
        if lines[i] is line:
            return i + 1
    return 0


def _strerror(e):
    if getattr(e, 'strerror', None):
        return e.strerror
    return str(e)


def _byte_stream(stream):
    """The binary buffer under a text stream, or None when there is none: a StringIO
    (a stage of a pipeline) or Pyjama's console streams, whose `buffer` is the text
    stream itself."""
    raw = getattr(stream, 'buffer', None)
    if raw is None or raw is stream:
        return None
    return raw


def to_internal(text):
    """Text from a text stream or the command line as ed holds it: its UTF-8 bytes, one
    character per byte."""
    return text.encode('utf-8', 'surrogateescape').decode('latin-1')


def to_os(name):
    """A file name as ed holds it (bytes as Latin-1) as os and open() take it."""
    return name.encode('latin-1').decode('utf-8', 'surrogateescape')


def _stdin_is_regular_file():
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
        return (mode & 0o170000) == 0o100000
    except Exception:
        return False


def main(args, cwd):
    scripted = False
    prompt = None
    verbose = False
    files = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in ('-h', '--help'):
            sys.stdout.write(__doc__.strip('\n') + '\n')
            return 0
        if a in ('-s', '--script', '-q', '--quiet', '--silent'):
            if a in ('-s', '--script'):
                scripted = True
        elif a in ('-v', '--verbose'):
            verbose = True
        elif a == '-p':
            i += 1
            if i >= len(args):
                sys.stderr.write("ed: option requires an argument -- 'p'\n")
                return 1
            prompt = args[i]
        elif a.startswith('--prompt='):
            prompt = a[len('--prompt='):]
        elif a.startswith('-p') and len(a) > 2:
            prompt = a[2:]
        elif a in ('-G', '-l', '-r', '--traditional', '--loose-exit-status',
                   '--restricted'):
            pass
        elif a == '-' or not a.startswith('-'):
            files.append(a)
        elif len(a) > 2 and a[0] == '-' and a[1] != '-' and \
                all(ch in 'sqvGlr' for ch in a[1:]):
            scripted = scripted or 's' in a
            verbose = verbose or 'v' in a
        else:
            if a.startswith('--'):
                sys.stderr.write("ed: unrecognized option '%s'\n" % a)
            else:
                bad = [ch for ch in a[1:] if ch not in 'sqvGlrp'][:1] or [a[1:2]]
                sys.stderr.write("ed: invalid option -- '%s'\n" % bad[0])
            sys.stderr.write("Try 'ed --help' for more information.\n")
            return 1
        i += 1
    ed = Editor(cwd, scripted=scripted, prompt=prompt, verbose=verbose)
    if files:
        name = to_internal(files[0])
        ed.filename = name
        try:
            ed.read_file(name, 0)
            ed.buf.modified = False
            ed.buf.undo_state = None
        except EdError as e:
            ed.errmsg = e.msg
    try:
        return ed.run()
    finally:
        ed.flush()


try:
    _args = argv
except NameError:
    _args = sys.argv[1:]
try:
    _cwd = cwd
except NameError:
    _cwd = os.getcwd()

sys.exit(main(list(_args), _cwd))
