"""Helpers shared by the /bin commands: option parsing, paths, messages, globbing.

Only os, sys and re are used, so the module runs unchanged on Pyjama and on CPython.
"""

import os
import re
import sys


class Exit(Exception):
    """Raised by the helpers to end a command with a status (caught by Command.run)."""

    def __init__(self, status):
        Exception.__init__(self, status)
        self.status = status


# ---------------------------------------------------------------------------- paths

def normpath(cwd, path):
    """The absolute, lexically normalised form of `path` taken relative to `cwd`.

    '.' and '..' are resolved lexically (the VFS has no symbolic links); '..' at the root
    stays at the root. A trailing slash is dropped.
    """
    if not path.startswith('/'):
        path = (cwd or '/').rstrip('/') + '/' + path
    parts = []
    for part in path.split('/'):
        if part == '' or part == '.':
            continue
        if part == '..':
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return '/' + '/'.join(parts)


def resolve(cwd, path):
    """The path to hand to os.* and open() for `path` as a command sees it.

    On Pyjama this is just the normalised absolute path. The test harness sets the
    environment variable PYJAMA_ROOT so that the whole tree lives under a host directory;
    nothing else honours it.
    """
    absolute = normpath(cwd, path)
    root = os.environ.get('PYJAMA_ROOT')
    if root:
        return root.rstrip('/') + absolute
    return absolute


def proc_path(name):
    """The file that holds /proc/<name> (PYJAMA_PROC overrides the directory, for tests)."""
    base = os.environ.get('PYJAMA_PROC')
    if base:
        return base.rstrip('/') + '/' + name
    return resolve('/', '/proc/' + name)


def read_proc(name):
    """The text of /proc/<name>, or None when it cannot be read."""
    try:
        with open(proc_path(name)) as f:
            return f.read()
    except OSError:
        return None


def join(a, b):
    """Joins a displayed path and a name the way find/cp/ls print them."""
    if a.endswith('/'):
        return a + b
    return a + '/' + b


def basename(path):
    path = path.rstrip('/')
    return path[path.rfind('/') + 1:] if path else '/'


S_IFMT = 0o170000
S_IFDIR = 0o040000
S_IFREG = 0o100000
S_IFLNK = 0o120000


def is_dir_mode(mode):
    return (mode & S_IFMT) == S_IFDIR


def is_reg_mode(mode):
    return (mode & S_IFMT) == S_IFREG


def stat_or_none(real):
    try:
        return os.stat(real)
    except OSError:
        return None


def isdir(real):
    st = stat_or_none(real)
    return st is not None and is_dir_mode(st.st_mode)


def strerror(exc):
    """The C library's text for an OSError ('No such file or directory')."""
    text = getattr(exc, 'strerror', None)
    if text:
        return text
    return str(exc)


# ---------------------------------------------------------------------------- globbing

def glob_to_regex(pattern):
    """A regular expression for a shell glob (* ? [...] [!...], backslash quotes), anchored at
    the end; match it with re.DOTALL."""
    out = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == '\\' and i < n:
            out.append(re.escape(pattern[i]))
            i += 1
        elif c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pattern[j] in '!^':
                j += 1
            if j < n and pattern[j] == ']':
                j += 1
            while j < n and pattern[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            body = pattern[i:j]
            i = j + 1
            negate = body[:1] in ('!', '^')
            if negate:
                body = body[1:]
            cls = ''
            for ch in body:
                cls += '\\' + ch if ch in '\\^[]' else ch
            out.append('[' + ('^' if negate else '') + cls + ']')
        else:
            out.append(re.escape(c))
    return ''.join(out) + '\\Z'


def has_magic(pattern):
    """True when the glob has an unescaped * ? or [."""
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == '\\':
            i += 2
            continue
        if c in '*?[':
            return True
        i += 1
    return False


def unescape(pattern):
    """The glob with its backslash escapes removed (the literal text)."""
    out = []
    i = 0
    while i < len(pattern):
        if pattern[i] == '\\' and i + 1 < len(pattern):
            i += 1
        out.append(pattern[i])
        i += 1
    return ''.join(out)


def fnmatch(name, pattern):
    """True when `name` matches the glob `pattern` (case-sensitive)."""
    return re.match(glob_to_regex(pattern), name, re.DOTALL) is not None


def glob(cwd, pattern):
    """The sorted paths that match `pattern` (relative to `cwd`); [] when none does.

    A component that starts with '.' is matched only by a pattern component that starts
    with '.', as in the shells.
    """
    absolute = pattern.startswith('/')
    parts = [p for p in pattern.split('/') if p != '']
    if absolute:
        candidates = ['/']
    else:
        candidates = ['']
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        following = []
        for base in candidates:
            shown_base = base
            if not has_magic(part):
                name = unescape(part)
                path = shown_base + name if shown_base in ('', '/') or shown_base.endswith('/') \
                    else shown_base + '/' + name
                if last:
                    if os.path.lexists(resolve(cwd, path or '.')):
                        following.append(path)
                else:
                    following.append(path)
                continue
            try:
                names = os.listdir(resolve(cwd, base or '.'))
            except OSError:
                continue
            regex = re.compile(glob_to_regex(part), re.DOTALL)
            for name in sorted(names):
                if name.startswith('.') and not part.startswith('.'):
                    continue
                if regex.match(name):
                    path = shown_base + name if shown_base in ('', '/') or shown_base.endswith('/') \
                        else shown_base + '/' + name
                    if not last and not isdir(resolve(cwd, path)):
                        continue
                    following.append(path)
        candidates = following
        if not candidates:
            return []
    if pattern.endswith('/'):
        candidates = [c + '/' for c in candidates if isdir(resolve(cwd, c))]
    return candidates


# ---------------------------------------------------------------------------- commands

class Command:
    """One /bin command: its name, usage text, option parsing and messages.

    `doc` is the script's docstring: its first line is the summary `help` shows, the whole
    text is what `--help` prints.
    """

    def __init__(self, name, doc, out=None, err=None):
        self.name = name
        self.doc = (doc or '').strip('\n')
        self.status = 0
        self.out = out
        self.err = err

    @property
    def stdout(self):
        return self.out if self.out is not None else sys.stdout

    @property
    def stderr(self):
        return self.err if self.err is not None else sys.stderr

    def write(self, text):
        self.stdout.write(text)

    def say(self, text=''):
        self.stdout.write(text + '\n')

    def warn(self, message, status=1):
        """Prints '<cmd>: message' to stderr and remembers a failure status."""
        self.stderr.write(self.name + ': ' + message + '\n')
        if status > self.status:
            self.status = status

    def usage_error(self, message):
        """Bad usage: message (without one, the docstring's 'Usage:' line, as GNU grep
        prints it), the --help hint, status 2."""
        if message:
            self.stderr.write(self.name + ': ' + message + '\n')
        else:
            for line in self.doc.splitlines():
                if line.startswith('Usage: '):
                    self.stderr.write(line + '\n')
                    break
        self.stderr.write("Try '" + self.name + " --help' for more information.\n")
        raise Exit(2)

    def at_most(self, operands, count):
        """Bad usage when there are more than `count` operands: a command that takes none
        must not act on a stray word (`reboot now` is not a reboot)."""
        if len(operands) > count:
            self.usage_error("extra operand '" + operands[count] + "'")

    def fail(self, message, status=1):
        self.warn(message, status)
        raise Exit(status)

    def help(self):
        self.stdout.write(self.doc + '\n')
        raise Exit(0)

    def parse(self, argv, flags='', valued='', longs=None, permute=True):
        """Parses GNU-style options.

        flags: letters that take no value; valued: letters that take one (-n 5, -n5);
        longs: {'--long': letter or (letter, takes_value)}. Options and operands may be mixed
        (unless permute is False); '--' ends the options; '-' alone is an operand.
        Returns (opts, operands): opts maps a letter to True, to its value (the last one
        given), counts repeats in opts['#' + letter] and lists every value of a valued option
        in opts['*' + letter].
        """
        longs = longs or {}
        opts = {}
        operands = []
        i = 0
        while i < len(argv):
            arg = argv[i]
            i += 1
            if arg == '--':
                operands.extend(argv[i:])
                break
            if arg == '--help':
                self.help()
            if arg.startswith('--'):
                name, eq, value = arg.partition('=')
                matches = [k for k in longs if k.startswith(name)]
                if name in longs:
                    matches = [name]
                if len(matches) != 1:
                    if matches:
                        self.usage_error("option '" + name + "' is ambiguous")
                    self.usage_error("unrecognized option '" + arg + "'")
                spec = longs[matches[0]]
                letter, takes = (spec if isinstance(spec, tuple) else (spec, False))
                if takes:
                    if not eq:
                        if i >= len(argv):
                            self.usage_error("option '" + matches[0] + "' requires an argument")
                        value = argv[i]
                        i += 1
                    opts[letter] = value
                    opts.setdefault('*' + letter, []).append(value)
                else:
                    if eq:
                        self.usage_error("option '" + matches[0] + "' doesn't allow an argument")
                    opts[letter] = True
                opts['#' + letter] = opts.get('#' + letter, 0) + 1
                continue
            if arg.startswith('-') and arg != '-':
                j = 1
                while j < len(arg):
                    c = arg[j]
                    j += 1
                    if c in valued:
                        if j < len(arg):
                            value = arg[j:]
                        elif i < len(argv):
                            value = argv[i]
                            i += 1
                        else:
                            self.usage_error("option requires an argument -- '" + c + "'")
                        opts[c] = value
                        opts['#' + c] = opts.get('#' + c, 0) + 1
                        opts.setdefault('*' + c, []).append(value)
                        break
                    if c in flags:
                        opts[c] = True
                        opts['#' + c] = opts.get('#' + c, 0) + 1
                        continue
                    self.usage_error("invalid option -- '" + c + "'")
                continue
            operands.append(arg)
            if not permute:
                operands.extend(argv[i:])
                break
        return opts, operands

    def run(self, main):
        """Runs main() and exits with its status (or the status of an Exit it raised)."""
        try:
            status = main()
        except Exit as e:
            status = e.status
        except BrokenPipeError:
            status = 1
        if status is None:
            status = self.status
        sys.exit(status)


def open_input(cmd, cwd, path, mode='r'):
    """Opens an input operand ('-' is stdin), or reports '<cmd>: <path>: <error>' and
    returns None."""
    if path == '-':
        return sys.stdin
    real = resolve(cwd, path)
    if isdir(real):
        cmd.warn(path + ': Is a directory')
        return None
    try:
        if 'b' in mode:
            return open(real, mode)
        return open(real, mode, encoding='utf-8', errors='replace')
    except OSError as e:
        cmd.warn(path + ': ' + strerror(e))
        return None


def read_lines(stream):
    """All lines of a text stream, each with its newline (the last may lack one)."""
    data = stream.read()
    if not data:
        return []
    lines = data.split('\n')
    out = [line + '\n' for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


def close_input(stream):
    if stream is not None and stream is not sys.stdin:
        stream.close()


def human_size(n):
    """Sizes as GNU's -h shows them: 1023, 1.0K, 9.9K, 10K, 1.5M (rounded up)."""
    if n < 1024:
        return str(n)
    units = 'KMGTPE'
    value = n
    unit = -1
    while value >= 1024 and unit < len(units) - 1:
        value = value / 1024
        unit += 1
    if value < 10:
        tenths = int(value * 10)
        if tenths < value * 10:
            tenths += 1
        if tenths >= 100:
            return human_ceil(tenths / 10, units[unit])
        return str(tenths // 10) + '.' + str(tenths % 10) + units[unit]
    return human_ceil(value, units[unit])


def human_ceil(value, unit):
    whole = int(value)
    if whole < value:
        whole += 1
    return str(whole) + unit


def task_field(task, name, default=None):
    """A field of a scheduler task record: attribute, mapping key or default."""
    if isinstance(task, dict):
        return task.get(name, default)
    return getattr(task, name, default)
