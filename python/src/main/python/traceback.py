"""Extract, format and print stack traces and exceptions, in CPython 3.12's layout.

Written for Pyjama. Uncaught exceptions are printed by the interpreter itself (Java class
Traceback); this module is the Python-level API that the kernel's script runner, unittest,
asyncio and threading's excepthook use, so its text must match the interpreter's byte for byte.
Frames come from traceback objects (tb_frame, tb_lineno, tb_lasti, tb_next), source lines from
linecache, column positions from code.co_positions().
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

# Identical frames beyond this many in a row are summarised as "[Previous line repeated ...]".
_REPEAT_SHOWN = 3

_CAUSE_HEADER = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT_HEADER = '\nDuring handling of the above exception, another exception occurred:\n\n'


class _Omitted:
    """Default of the value/tb parameters, so that an explicit None can be told apart."""

    def __repr__(self):
        return '<implicit>'


_OMITTED = _Omitted()


def _text_or_placeholder(obj, what, conv=str):
    # A broken __str__/__repr__ must not stop the report of the exception itself.
    try:
        return conv(obj)
    except BaseException:
        return '<%s %s() failed>' % (what, conv.__name__)


# ------------------------------------------------------------------ module-level helpers

def _value_and_tb(exc, value, tb):
    """The (value, traceback) pair meant by the 3.10+ call forms (exc) and (type, value, tb)."""
    if (value is _OMITTED) is not (tb is _OMITTED):
        raise ValueError('Both or neither of value and tb must be given')
    if value is not _OMITTED:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return exc, exc.__traceback__


def _write_all(pieces, file):
    if file is None:
        file = sys.stderr
    for piece in pieces:
        print(piece, file=file, end='')


def print_list(extracted_list, file=None):
    """Print what extract_tb() or extract_stack() returned as a stack trace (to stderr)."""
    _write_all(format_list(extracted_list), file)


def format_list(extracted_list):
    """Format FrameSummary objects or (filename, lineno, name, line) tuples for printing."""
    return StackSummary.from_list(extracted_list).format()


def extract_tb(tb, limit=None):
    """The entries of traceback tb (at most limit) as a StackSummary."""
    return StackSummary._extract_from_extended_frame_gen(_tb_positions(tb), limit=limit)


def format_tb(tb, limit=None):
    """Shorthand for format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print up to limit entries of traceback tb to file (default stderr)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def _caller_frame(f):
    # The frame of whoever called the public function that called this helper.
    return sys._getframe(2) if f is None else f


def extract_stack(f=None, limit=None):
    """The stack from frame f (default: the caller) outwards, oldest entry first."""
    summary = StackSummary.extract(walk_stack(_caller_frame(f)), limit=limit)
    summary.reverse()
    return summary


def format_stack(f=None, limit=None):
    """Shorthand for format_list(extract_stack(f, limit))."""
    return format_list(extract_stack(_caller_frame(f), limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame f (default: the caller) to file (default stderr)."""
    print_list(extract_stack(_caller_frame(f), limit=limit), file=file)


def format_exception(exc, /, value=_OMITTED, tb=_OMITTED, limit=None, chain=True):
    """The lines print_exception() would print, as a list of strings ending in newlines."""
    value, tb = _value_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def print_exception(exc, /, value=_OMITTED, tb=_OMITTED, limit=None, file=None, chain=True):
    """Print an exception with its traceback and chained exceptions to file (default stderr)."""
    value, tb = _value_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    report.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_OMITTED):
    """The exception's final line(s): type and message, SyntaxError details, notes."""
    if value is _OMITTED:
        value = exc
    report = TracebackException(type(value), value, None, compact=True)
    return list(report.format_exception_only())


def format_exc(limit=None, chain=True):
    """Like print_exc(), but returns the text."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exception())."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception the interactive loop recorded in sys."""
    if hasattr(sys, 'last_exc'):
        print_exception(sys.last_exc, limit, file, chain)
    elif hasattr(sys, 'last_type'):
        print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
    else:
        raise ValueError('no last exception')


def clear_frames(tb):
    """Drop the local variables of every frame in traceback tb (running frames are kept)."""
    for frame, _ in walk_tb(tb):
        try:
            frame.clear()
        except (RuntimeError, AttributeError):
            pass


def walk_stack(f):
    """Yield (frame, line number) from frame f outwards along f_back; f=None means the
    frame that called whoever started the iteration (normally StackSummary.extract)."""
    frame = f if f is not None else sys._getframe(4)
    while frame:
        yield frame, frame.f_lineno
        frame = frame.f_back


def walk_tb(tb):
    """Yield (frame, line number) for each entry of a traceback, outermost first."""
    entry = tb
    while entry is not None:
        yield entry.tb_frame, entry.tb_lineno
        entry = entry.tb_next


def _tb_positions(tb):
    """Like walk_tb, but with (lineno, end_lineno, colno, end_colno) of the instruction that
    was running; tb_lineno stands in when the code object has no position for it."""
    while tb is not None:
        start, end, col, end_col = _instruction_span(tb.tb_frame.f_code, tb.tb_lasti)
        yield tb.tb_frame, (tb.tb_lineno if start is None else start, end, col, end_col)
        tb = tb.tb_next


def _instruction_span(code, lasti):
    if lasti < 0 or not hasattr(code, 'co_positions'):
        return None, None, None, None
    wanted = lasti // 2  # co_positions() has one entry per 2-byte code unit
    for index, span in enumerate(code.co_positions()):
        if index == wanted:
            return span
    return None, None, None, None


# ------------------------------------------------------------------ frames

class FrameSummary:
    """One frame of a traceback or stack: where it was and, loaded lazily, its source line.

    Behaves like the 4-tuple (filename, lineno, name, line) for older callers."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {key: _text_or_placeholder(val, 'local', repr)
                           for key, val in locals.items()}
        else:
            self.locals = None

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return ((self.filename, self.lineno, self.name, self.locals) ==
                    (other.filename, other.lineno, other.name, other.locals))
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    @property
    def line(self):
        raw = self._original_line
        return None if raw is None else raw.strip()

    @property
    def _original_line(self):
        # The source line with its indentation (for column arithmetic), read once.
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line


class StackSummary(list):
    """A list of FrameSummary objects that formats itself as the body of a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Build a summary from (frame, lineno) pairs such as walk_tb() or walk_stack() yield."""
        spans = ((frame, (lineno, None, None, None)) for frame, lineno in frame_gen)
        return klass._extract_from_extended_frame_gen(
            spans, limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        # frame_gen yields (frame, (lineno, end_lineno, colno, end_colno)).
        # The limit is applied here rather than in a helper generator: walk_stack(None)
        # counts the frames between itself and the caller of extract().
        limit = _effective_limit(limit)
        if limit is not None and limit < 0:
            frame_gen = list(frame_gen)[limit:]
        summary = klass()
        filenames = set()
        for frame, (lineno, end_lineno, colno, end_colno) in frame_gen:
            if limit is not None and 0 <= limit <= len(summary):
                break
            code = frame.f_code
            filenames.add(code.co_filename)
            linecache.lazycache(code.co_filename, frame.f_globals)
            summary.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        # Refresh stale cache entries once per file before the first line is read.
        for name in filenames:
            linecache.checkcache(name)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno, name, line) tuples."""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one frame: its File line, source line, position marker and locals."""
        filename = frame_summary.filename
        # The interactive loop compiles each input as '<stdin>-N' to keep their lines apart.
        if filename.startswith('<stdin>-'):
            filename = '<stdin>'
        parts = [f'  File "{filename}", line {frame_summary.lineno}, in {frame_summary.name}\n']
        source = frame_summary.line
        if source:
            parts.append(f'    {source}\n')
            marker = _position_marker(frame_summary, source)
            if marker:
                parts.append(marker)
        if frame_summary.locals:
            for name in sorted(frame_summary.locals):
                parts.append(f'    {name} = {frame_summary.locals[name]}\n')
        return ''.join(parts)

    def format(self):
        """One string per frame, ready to print; runs of the same frame and line longer than
        three are cut short with a '[Previous line repeated N more times]' line."""
        out = []
        previous = None
        repeats = 0
        for entry in self:
            text = self.format_frame_summary(entry)
            if text is None:
                continue
            where = (entry.filename, entry.lineno, entry.name)
            if where != previous or None in where:
                out.extend(_repeat_note(repeats))
                previous = where
                repeats = 0
            repeats += 1
            if repeats <= _REPEAT_SHOWN:
                out.append(text)
        out.extend(_repeat_note(repeats))
        return out


def _repeat_note(run_length):
    hidden = run_length - _REPEAT_SHOWN
    if hidden <= 0:
        return []
    return [f'  [Previous line repeated {hidden} more time{"s" if hidden > 1 else ""}]\n']


def _effective_limit(limit):
    # None means sys.tracebacklimit (where a negative value counts as 0), or no limit.
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


# ------------------------------------------------------------------ position markers

def _char_index(text, byte_offset):
    # co_positions() and ast columns count UTF-8 bytes; strings are indexed by character.
    return len(text.encode('utf-8')[:byte_offset].decode('utf-8', errors='replace'))


def _columns(text, count):
    """Terminal columns taken by the first count characters (East Asian wide ones take 2)."""
    head = text[:count]
    if head.isascii():
        return len(head)
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in head)


def _position_marker(entry, stripped):
    """The line of '^' (and '~' around an operator or subscript) under the failing
    expression, or None when it would just underline the whole line."""
    if entry.colno is None or entry.end_colno is None:
        return None
    raw = entry._original_line
    start = _char_index(raw, entry.colno)
    end = _char_index(raw, entry.end_colno)
    focus = None
    if entry.lineno == entry.end_lineno:
        try:
            focus = _operator_span(raw[start:end])
        except Exception:
            focus = None
    else:
        end = len(raw.rstrip())  # the expression goes on: underline to the end of this line
    if focus is None and end - start >= len(stripped):
        return None
    indent = len(raw) - len(raw.lstrip())
    first = _columns(raw, start)
    width = _columns(raw, end) - first
    if focus is None:
        body = '^' * width
    else:
        segment = raw[start:end]
        left = _columns(segment, focus[0])
        right = _columns(segment, focus[1])
        body = '~' * left + '^' * (right - left) + '~' * (width - right)
    return '    ' + ' ' * (first - indent) + body + '\n'


def _operator_span(segment):
    """(start, end) character offsets within segment of the operator of a binary operation
    or of the [...] of a subscript; None for other expressions."""
    import ast
    try:
        tree = ast.parse(segment)
    except SyntaxError:
        return None
    if len(tree.body) != 1 or type(tree.body[0]) is not ast.Expr:
        return None
    node = tree.body[0].value
    if isinstance(node, ast.BinOp):
        gap_from = node.left.end_col_offset
        gap = segment[_char_index(segment, gap_from):_char_index(segment, node.right.col_offset)]
        op = gap_from + len(gap) - len(gap.lstrip())
        # Two-character operators (//, **, <<, ...) are recognised by the character after the
        # first non-blank one in the gap, before closing parentheses are skipped.
        offset_in_gap = len(gap) - len(gap.lstrip())
        wide = offset_in_gap + 1 < len(gap) and not gap[offset_in_gap + 1].isspace()
        while op < len(segment) and (segment[op].isspace() or segment[op] in ')#'):
            op += 1
        return _char_index(segment, op), _char_index(segment, op + (2 if wide else 1))
    if isinstance(node, ast.Subscript):
        open_at = _char_index(segment, node.value.end_col_offset)
        while open_at < len(segment) and segment[open_at] != '[':
            open_at += 1
        close_at = _char_index(segment, node.slice.end_col_offset + 1)
        while close_at < len(segment) and segment[close_at] != ']':
            close_at += 1
        return open_at, min(close_at + 1, len(segment))
    return None


# ------------------------------------------------------------------ "Did you mean"

# The same ranking as CPython 3.12's traceback module (Python/suggestions.c, which the
# interpreter's own printer follows, is the Java class Suggestions): a Levenshtein distance
# where a case-only change costs 1 and any other edit 2.
_EDIT_COST = 2
_CASE_EDIT_COST = 1
_MAX_NAME_LENGTH = 40
_MAX_CANDIDATES = 750


def _edit_distance(a, b, ceiling):
    """Weighted edit distance of a and b, or ceiling + 1 as soon as it must exceed ceiling."""
    if a == b:
        return 0
    head = 0
    while head < len(a) and head < len(b) and a[head] == b[head]:
        head += 1
    a, b = a[head:], b[head:]
    tail = 0
    while tail < len(a) and tail < len(b) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    if tail:
        a, b = a[:-tail], b[:-tail]
    if not a or not b:
        return _EDIT_COST * (len(a) + len(b))
    if len(a) > _MAX_NAME_LENGTH or len(b) > _MAX_NAME_LENGTH:
        return ceiling + 1
    if len(a) > len(b):
        a, b = b, a
    if (len(b) - len(a)) * _EDIT_COST > ceiling:
        return ceiling + 1
    # costs[i]: distance between the part of b seen so far and a[:i].
    costs = [i * _EDIT_COST for i in range(len(a) + 1)]
    for j, bc in enumerate(b, 1):
        diagonal, costs[0] = costs[0], j * _EDIT_COST
        for i, ac in enumerate(a, 1):
            if ac == bc:
                change = 0
            elif ac.lower() == bc.lower():
                change = _CASE_EDIT_COST
            else:
                change = _EDIT_COST
            best = min(costs[i] + _EDIT_COST, costs[i - 1] + _EDIT_COST, diagonal + change)
            diagonal, costs[i] = costs[i], best
        if min(costs[1:]) > ceiling:
            return ceiling + 1
    return costs[-1]


def _candidate_names(exc_value, tb, wrong_name):
    """Names the missing one may be a misspelling of; a str result is the whole answer."""
    if isinstance(exc_value, AttributeError):
        return dir(exc_value.obj)
    if isinstance(exc_value, ImportError):
        return dir(__import__(exc_value.name))
    frame = None
    for frame, _ in walk_tb(tb):
        pass
    if frame is None:
        return None
    scope = frame.f_locals
    if 'self' in scope and hasattr(scope['self'], wrong_name):
        return 'self.' + wrong_name
    return list(scope) + list(frame.f_globals) + list(frame.f_builtins)


def _suggestion(exc_value, tb, wrong_name):
    if not isinstance(wrong_name, str):
        return None
    try:
        names = _candidate_names(exc_value, tb, wrong_name)
    except Exception:
        return None
    if names is None or isinstance(names, str):
        return names
    if len(names) > _MAX_CANDIDATES or len(wrong_name) > _MAX_NAME_LENGTH:
        return None
    best, best_cost = None, len(wrong_name)
    for name in names:
        if name == wrong_name:
            continue  # the attribute exists after all (a failing property, say)
        # At most a third of the characters involved may change.
        ceiling = min((len(name) + len(wrong_name) + 3) * _EDIT_COST // 6, best_cost - 1)
        cost = _edit_distance(wrong_name, name, ceiling)
        if cost <= ceiling and (best is None or cost < best_cost):
            best, best_cost = name, cost
    return best


# CPython's private names for the two helpers, which programs probing suggestions call.
_levenshtein_distance = _edit_distance
_compute_suggestion_error = _suggestion


def _with_hints(text, exc_type, exc_value, tb):
    """str(exc) plus the "Did you mean"/"Did you forget to import" trailers."""
    if issubclass(exc_type, ImportError):
        wrong = getattr(exc_value, 'name_from', None)
        if wrong is not None:
            hint = _suggestion(exc_value, tb, wrong)
            if hint:
                text += f". Did you mean: '{hint}'?"
        return text
    if not issubclass(exc_type, (NameError, AttributeError)):
        return text
    wrong = getattr(exc_value, 'name', None)
    if wrong is None:
        return text
    hint = _suggestion(exc_value, tb, wrong)
    if hint:
        text += f". Did you mean: '{hint}'?"
    if issubclass(exc_type, NameError) and wrong in sys.stdlib_module_names:
        text += (f" Or did you forget to import '{wrong}'" if hint
                 else f". Did you forget to import '{wrong}'")
    return text


# ------------------------------------------------------------------ TracebackException

class TracebackException:
    """An exception captured for formatting: its type, message, notes and stack summary,
    and the same for the exceptions chained to it and, for a group, its members.

    No reference to the exception or its frames is kept, so it can outlive them."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        top_level = _seen is None
        if top_level:
            _seen = set()
        _seen.add(id(exc_value))
        self._capture(exc_type, exc_value, exc_traceback, limit, lookup_lines, capture_locals)
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        if top_level:
            # Chained exceptions are captured here, without recursion, so that a long chain
            # cannot exhaust the stack; _seen stops cycles and repeats.
            options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                           max_group_width=max_group_width, max_group_depth=max_group_depth,
                           _seen=_seen)
            pending = [(self, exc_value)]
            while pending:
                report, exc = pending.pop()
                pending.extend(report._link(exc, compact, _seen, options))
        else:
            self.__cause__ = self.__context__ = self.exceptions = None

    def _capture(self, exc_type, exc_value, tb, limit, lookup_lines, capture_locals):
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _tb_positions(tb), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _text_or_placeholder(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as err:
            self.__notes__ = ['Ignored error getting __notes__: ' +
                              _text_or_placeholder(err, '__notes__', repr)]
        self._is_syntax_error = exc_type is not None and issubclass(exc_type, SyntaxError)
        if self._is_syntax_error:
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.end_lineno = None if exc_value.end_lineno is None else str(exc_value.end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        elif exc_type is not None:
            self._str = _with_hints(self._str, exc_type, exc_value, tb)
        self.__suppress_context__ = (False if exc_value is None
                                     else exc_value.__suppress_context__)

    def _link(self, exc, compact, seen, options):
        """Capture exc's cause, context and group members; returns the new (report,
        exception) pairs whose own links are still to be captured."""
        def capture(other):
            return TracebackException(type(other), other, other.__traceback__, **options)

        cause = getattr(exc, '__cause__', None)
        self.__cause__ = capture(cause) if cause is not None and id(cause) not in seen else None
        context = getattr(exc, '__context__', None)
        wanted = not compact or (self.__cause__ is None and exc is not None
                                 and not exc.__suppress_context__)
        self.__context__ = (capture(context) if wanted and context is not None
                            and id(context) not in seen else None)
        members = None
        if isinstance(exc, BaseExceptionGroup):
            members = [capture(member) for member in exc.exceptions]
        self.exceptions = members
        follow = []
        if self.__cause__ is not None:
            follow.append((self.__cause__, cause))
        if self.__context__ is not None:
            follow.append((self.__context__, context))
        if members:
            follow.extend(zip(members, exc.exceptions))
        return follow

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture an exception object (with its __traceback__)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for entry in self.stack:
            entry.line

    def __str__(self):
        return self._str

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

    def _type_name(self):
        module = self.exc_type.__module__
        name = self.exc_type.__qualname__
        if module in ('__main__', 'builtins'):
            return name
        return (module if isinstance(module, str) else '<unknown>') + '.' + name

    def format_exception_only(self):
        """Yield the last lines of the report: 'Type: message' (for a SyntaxError, the
        offending line and its caret first), then the notes."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        name = self._type_name()
        if self._is_syntax_error:
            yield from self._format_syntax_error(name)
        else:
            yield _final_line(name, self._str)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                for line in _text_or_placeholder(note, 'note').split('\n'):
                    yield line + '\n'
        elif notes is not None:
            yield _text_or_placeholder(notes, '__notes__', repr) + '\n'

    def _format_syntax_error(self, stype):
        where = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            where = f' ({self.filename})'
        if self.text is not None:
            line = self.text.rstrip('\n')
            shown = line.lstrip(' \n\f')
            yield f'    {shown}\n'
            if self.offset is not None:
                yield from _syntax_carets(self.text, shown, len(line) - len(shown),
                                          self.offset, self.end_offset)
        yield f'{stype}: {self.msg or "<no detail available>"}{where}\n'

    def format(self, *, chain=True, _ctx=None):
        """Yield the report as strings ending in newlines: the chained exceptions first
        (oldest first, joined by the 'direct cause'/'During handling' lines), then this one."""
        printer = _ctx if _ctx is not None else _GroupPrinter()
        links = []
        report = self
        while report is not None:
            if not chain:
                links.append((None, report))
                break
            if report.__cause__ is not None:
                header, following = _CAUSE_HEADER, report.__cause__
            elif report.__context__ is not None and not report.__suppress_context__:
                header, following = _CONTEXT_HEADER, report.__context__
            else:
                header, following = None, None
            links.append((header, report))
            report = following
        for header, report in reversed(links):
            if header is not None:
                yield from printer.framed(header)
            if report.exceptions is None:
                if report.stack:
                    yield from printer.framed('Traceback (most recent call last):\n')
                    yield from printer.framed(report.stack.format())
                yield from printer.framed(report.format_exception_only())
            elif printer.depth > self.max_group_depth:
                yield from printer.framed(f'... (max_group_depth is {self.max_group_depth})\n')
            else:
                yield from printer.group(self, report, chain)

    def print(self, *, file=None, chain=True):
        """Print the formatted report to file (default sys.stderr)."""
        _write_all(self.format(chain=chain), file)


def _final_line(type_name, message):
    text = _text_or_placeholder(message, 'exception')
    if message is None or not text:
        return f'{type_name}\n'
    return f'{type_name}: {text}\n'


def _syntax_carets(text, shown, indent, offset, end_offset):
    """The '^' line under the part of a SyntaxError's text that offset..end_offset (1-based,
    in the unstripped text) designate; nothing when it starts inside the indentation."""
    if end_offset is None or end_offset == 0:
        end_offset = offset
    offset = min(offset, len(text) + 1) if text else offset
    end_offset = min(end_offset, len(text) + 1) if text else end_offset
    if offset >= end_offset or end_offset < 0:
        end_offset = offset + 1
    first = offset - 1 - indent
    if first < 0:
        return
    # Tabs and other blanks stay as they are so that the carets line up under them.
    pad = ''.join(ch if ch.isspace() else ' ' for ch in shown[:first])
    yield '    ' + pad + '^' * (end_offset - offset) + '\n'


class _GroupPrinter:
    """How deep in nested exception groups the text being produced is, and whether the
    closing rule of the innermost group is still owed; lines inside a group get the
    '  | ' margin."""

    def __init__(self):
        self.depth = 0
        self.close_pending = False

    def framed(self, text, margin='|'):
        prefix = '  ' * self.depth + (margin + ' ' if self.depth else '')
        for piece in ([text] if isinstance(text, str) else text):
            yield ''.join(prefix + line for line in piece.splitlines(True))

    def group(self, owner, report, chain):
        outermost = self.depth == 0
        if outermost:
            self.depth = 1
        if report.stack:
            yield from self.framed('Exception Group Traceback (most recent call last):\n',
                                   '+' if outermost else '|')
            yield from self.framed(report.stack.format())
        yield from self.framed(report.format_exception_only())
        members = report.exceptions
        width = owner.max_group_width
        shown = min(len(members), width + 1)
        self.close_pending = False
        for index in range(shown):
            last = index == shown - 1
            if last:
                self.close_pending = True  # a nested group printed last may close it first
            cut = index >= width
            title = '...' if cut else str(index + 1)
            yield '  ' * self.depth + ('+-' if index == 0 else '  ') + \
                f'+---------------- {title} ----------------\n'
            self.depth += 1
            if cut:
                more = len(members) - width
                yield from self.framed(f'and {more} more exception{"s" if more > 1 else ""}\n')
            else:
                yield from members[index].format(chain=chain, _ctx=self)
            if last and self.close_pending:
                yield '  ' * self.depth + '+------------------------------------\n'
                self.close_pending = False
            self.depth -= 1
        if outermost:
            self.depth = 0
