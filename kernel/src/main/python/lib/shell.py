"""The Pyjama shell: parses command lines and runs builtins and /bin scripts.

    run_line(line, session) -> status      one command line
    interactive(session, readline)         the `$ ` loop behind sh()

Everything runs in one address space: a pipeline's stages run one after the other, each
stage's output collected in memory and handed to the next as its input (see docs/shell.md).
"""

import io
import os
import sys

from cmdargs import normpath, resolve, glob, has_magic, strerror, stat_or_none, \
    is_dir_mode, is_reg_mode

CO_COROUTINE = 0x80
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
WHITESPACE = ' \t\n'
GLOB_CHARS = '*?[]\\'


class ShellSyntaxError(Exception):
    """A line the shell cannot parse; str() is the text after 'sh: '."""


class Incomplete(ShellSyntaxError):
    """A line that needs more input: kind is 'quote', 'backslash' or 'operator'."""

    def __init__(self, message, kind):
        ShellSyntaxError.__init__(self, message)
        self.kind = kind


class ShellExit(Exception):
    def __init__(self, status):
        Exception.__init__(self, status)
        self.status = status


# ============================================================================ tokens
#
# A word is a list of pieces (quoted, kind, text): kind 'lit' is literal text, kind 'var'
# names a variable expanded when the command runs (so `false; echo $?` sees the new
# status). Quoted pieces are neither split nor globbed.

def tokenize(line):
    """The tokens of a line: ('word', pieces, start, end), ('op', text, start, end),
    ('redir', (fd, mode, dupfd), start, end)."""
    tokens = []
    word = None
    word_start = 0
    i = 0
    n = len(line)

    def flush(end):
        nonlocal word
        if word is not None:
            tokens.append(('word', word, word_start, end))
            word = None

    def add(piece):
        nonlocal word, word_start
        if word is None:
            word = []
            word_start = i
        if piece[1] == 'lit' and word and word[-1][1] == 'lit' and word[-1][0] == piece[0]:
            word[-1] = (piece[0], 'lit', word[-1][2] + piece[2])
        else:
            word.append(piece)

    while i < n:
        c = line[i]
        if c in ' \t':
            flush(i)
            i += 1
            continue
        if c == '\n':
            flush(i)
            tokens.append(('op', ';', i, i + 1))
            i += 1
            continue
        if c == '#' and word is None:
            break
        if c in '<>':
            fd = 0 if c == '<' else 1
            start = i
            if word is not None and len(word) == 1 and word[0][0] is False \
                    and word[0][1] == 'lit' and word[0][2] in ('0', '1', '2'):
                fd = int(word[0][2])
                start = word_start
                word = None
            flush(i)
            mode = c
            i += 1
            if c == '>' and i < n and line[i] == '>':
                mode = '>>'
                i += 1
            dup = None
            if i + 1 < n + 1 and i < n and line[i] == '&':
                j = i + 1
                if j < n and line[j].isdigit():
                    dup = int(line[j])
                    i = j + 1
                else:
                    raise ShellSyntaxError("syntax error near unexpected token '&'")
            tokens.append(('redir', (fd, mode, dup), start, i))
            continue
        if c in '|&;':
            flush(i)
            if c in '|&' and i + 1 < n and line[i + 1] == c:
                tokens.append(('op', c + c, i, i + 2))
                i += 2
            else:
                tokens.append(('op', c, i, i + 1))
                i += 1
            continue
        if c == "'":
            end = line.find("'", i + 1)
            if end < 0:
                raise Incomplete('syntax error: unterminated quoted string', 'quote')
            add((True, 'lit', line[i + 1:end]))
            i = end + 1
            continue
        if c == '"':
            if word is None:
                word = []
                word_start = i
            i += 1
            closed = False
            text = ''
            while i < n:
                c = line[i]
                if c == '"':
                    closed = True
                    i += 1
                    break
                if c == '\\' and i + 1 < n and line[i + 1] in '$`"\\\n':
                    if line[i + 1] != '\n':
                        text += line[i + 1]
                    i += 2
                    continue
                if c == '$':
                    piece, i = parse_var(line, i)
                    if piece[1] == 'var':
                        word.append((True, 'lit', text))
                        text = ''
                        word.append((True, 'var', piece[2]))
                    else:
                        text += piece[2]
                    continue
                text += c
                i += 1
            if not closed:
                raise Incomplete('syntax error: unterminated quoted string', 'quote')
            add((True, 'lit', text))
            continue
        if c == '\\':
            if i + 1 >= n:
                raise Incomplete('syntax error: unexpected end of line after \\', 'backslash')
            if line[i + 1] == '\n':
                i += 2
                continue
            add((True, 'lit', line[i + 1]))
            i += 2
            continue
        if c == '$':
            if word is None:
                word = []
                word_start = i
            piece, i = parse_var(line, i)
            add(piece)
            continue
        add((False, 'lit', c))
        i += 1
    flush(n)
    return tokens


def is_name_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def is_name_char(c):
    return is_name_start(c) or ('0' <= c <= '9')


def is_name(text):
    return bool(text) and is_name_start(text[0]) and all(is_name_char(c) for c in text)


def parse_var(line, i):
    """Parses '$...' at line[i]: ((False, 'var', name), next) or a literal '$'."""
    n = len(line)
    j = i + 1
    if j < n and line[j] == '{':
        end = line.find('}', j + 1)
        if end < 0:
            raise Incomplete("syntax error: missing '}'", 'quote')
        name = line[j + 1:end]
        if not (is_name(name) or name == '?'):
            raise ShellSyntaxError(line[i:end + 1] + ': bad substitution')
        return (False, 'var', name), end + 1
    if j < n and line[j] == '?':
        return (False, 'var', '?'), j + 1
    if j < n and is_name_start(line[j]):
        k = j
        while k < n and is_name_char(line[k]):
            k += 1
        return (False, 'var', line[j:k]), k
    return (False, 'lit', '$'), j


# ============================================================================ parser
#
# line     := andor ((';' | '&') andor)* [';' | '&']
# andor    := pipeline (('&&' | '||') pipeline)*
# pipeline := command ('|' command)*
# command  := (assignment | word | redirection)+

class Command:
    def __init__(self):
        self.assigns = []      # (name, pieces)
        self.words = []        # pieces
        self.redirs = []       # (fd, mode, dupfd, pieces or None)


class AndOr:
    def __init__(self):
        self.parts = []        # (None | '&&' | '||', [Command, ...])
        self.background = False
        self.text = ''


def parse(line):
    """The list of AndOr items of a line (ShellSyntaxError / Incomplete when it is not one)."""
    tokens = tokenize(line)
    items = []
    pos = 0

    def unexpected(tok):
        text = 'newline' if tok is None else (tok[1] if tok[0] == 'op' else line[tok[2]:tok[3]])
        return ShellSyntaxError("syntax error near unexpected token '" + text + "'")

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def parse_command():
        nonlocal pos
        cmd = Command()
        while pos < len(tokens):
            tok = tokens[pos]
            if tok[0] == 'op':
                break
            pos += 1
            if tok[0] == 'redir':
                fd, mode, dup = tok[1]
                if dup is not None:
                    cmd.redirs.append((fd, mode, dup, None))
                    continue
                target = peek()
                if target is None or target[0] != 'word':
                    raise unexpected(target)
                pos += 1
                cmd.redirs.append((fd, mode, None, target[1]))
                continue
            pieces = tok[1]
            if not cmd.words and pieces and pieces[0][0] is False and pieces[0][1] == 'lit':
                first = pieces[0][2]
                eq = first.find('=')
                if eq > 0 and is_name(first[:eq]):
                    value = [(False, 'lit', first[eq + 1:])] + pieces[1:]
                    cmd.assigns.append((first[:eq], value))
                    continue
            cmd.words.append(pieces)
        if not cmd.words and not cmd.assigns and not cmd.redirs:
            raise unexpected(peek())
        return cmd

    def need_more(op):
        if peek() is None:
            raise Incomplete("syntax error: unexpected end of line after '" + op + "'", 'operator')

    while pos < len(tokens):
        tok = peek()
        if tok[0] == 'op' and tok[1] == ';' and line[tok[2]] == '\n':
            pos += 1
            continue
        start = tok[2]
        item = AndOr()
        pipeline = [parse_command()]
        op = None
        while True:
            tok = peek()
            if tok is not None and tok[0] == 'op' and tok[1] == '|':
                pos += 1
                need_more('|')
                pipeline.append(parse_command())
                continue
            item.parts.append((op, pipeline))
            if tok is not None and tok[0] == 'op' and tok[1] in ('&&', '||'):
                pos += 1
                need_more(tok[1])
                while peek() is not None and peek()[0] == 'op' and peek()[1] == ';' \
                        and line[peek()[2]] == '\n':
                    pos += 1
                op = tok[1]
                pipeline = [parse_command()]
                continue
            break
        end = tokens[pos - 1][3]
        item.text = line[start:end].strip()
        tok = peek()
        if tok is not None:
            if tok[0] == 'op' and tok[1] in (';', '&'):
                item.background = tok[1] == '&'
                pos += 1
            else:
                raise unexpected(tok)
        items.append(item)
    return items


# ============================================================================ expansion

def variable(session, name):
    if name == '?':
        return str(session.last_status)
    return session.env.get(name, '')


def glob_escape(text):
    return ''.join('\\' + c if c in GLOB_CHARS else c for c in text)


def expand_word(session, pieces, split=True, do_glob=True):
    """The fields a word expands to: variables substituted, unquoted expansions split on
    blanks, unquoted glob characters matched against the VFS (no match keeps the word)."""
    fields = []
    current = []          # (text, glob pattern text)
    started = False
    for quoted, kind, text in pieces:
        value = variable(session, text) if kind == 'var' else text
        if quoted:
            current.append((value, glob_escape(value)))
            started = True
        elif kind == 'lit' or not split:
            current.append((value, value))
            started = started or kind == 'lit' or value != ''
        else:
            chunks = value.split()
            if value and value[0] in WHITESPACE and started:
                fields.append(current)
                current, started = [], False
            for index, chunk in enumerate(chunks):
                if index > 0:
                    fields.append(current)
                    current = []
                current.append((chunk, chunk))
                started = True
            if value and value[-1] in WHITESPACE and started:
                fields.append(current)
                current, started = [], False
    if started:
        fields.append(current)
    out = []
    for field in fields:
        text = ''.join(t for t, g in field)
        pattern = ''.join(g for t, g in field)
        if do_glob and has_magic(pattern):
            matches = glob(session.cwd, pattern)
            if matches:
                out.extend(matches)
                continue
        out.append(text)
    return out


def expand_assignment(session, pieces):
    return ''.join(expand_word(session, pieces, split=False, do_glob=False)) if pieces else ''


# ============================================================================ session

def spawn_background(fn, name):
    """The fallback for the kernel's hook: no scheduler here, so None (run in the foreground)."""
    return None


class Session:
    """What a shell keeps between lines: cwd, environment, last status, hooks.

    run_script(path, argv, stdin, stdout, stderr, cwd=..., env=...) -> (status, new_cwd)
    runs a script file (default: run_script_file, the CPython reference); spawn_background
    (fn, name) -> task id or None starts fn() as a task. When `namespace` (the REPL's globals)
    is given, cwd lives in namespace['cwd'] so the REPL and the shell share it.
    """

    def __init__(self, cwd='/', env=None, run_script=None, stdin=None, stdout=None,
                 stderr=None, spawn_background=None, namespace=None, kernel_globals=None):
        self.namespace = namespace
        self._cwd = cwd
        if namespace is not None and 'cwd' not in namespace:
            namespace['cwd'] = cwd
        self.env = env if env is not None else {}
        self.last_status = 0
        self.kernel_globals = kernel_globals if kernel_globals is not None else {}
        self.run_script = run_script or self.run_script_default
        self.spawn_background = spawn_background
        self._stdin = stdin
        self._stdout = stdout
        self._stderr = stderr
        self.jobs = []
        self.next_job = 1
        self.oldcwd = None
        self.exit_requested = False

    @property
    def cwd(self):
        if self.namespace is not None:
            return self.namespace.get('cwd', '/')
        return self._cwd

    @cwd.setter
    def cwd(self, value):
        if self.namespace is not None:
            self.namespace['cwd'] = value
        self._cwd = value

    @property
    def stdin(self):
        return self._stdin if self._stdin is not None else sys.stdin

    @property
    def stdout(self):
        return self._stdout if self._stdout is not None else sys.stdout

    @property
    def stderr(self):
        return self._stderr if self._stderr is not None else sys.stderr

    def run_script_default(self, path, argv, stdin, stdout, stderr, cwd=None, env=None):
        return run_script_file(path, argv, stdin, stdout, stderr,
                               cwd=self.cwd if cwd is None else cwd,
                               env=self.env if env is None else env,
                               extra_globals=self.kernel_globals)


def run_script_file(path, argv, stdin, stdout, stderr, cwd='/', env=None, extra_globals=None):
    """The reference script runner (CPython; the kernel supplies an equivalent).

    Compiles the file with top-level await allowed, runs it with the globals argv, cwd, env,
    __name__ == '__main__', __file__ and the kernel namespace, with sys.stdin/stdout/stderr
    and sys.argv swapped in. Returns (status, cwd the script left in its `cwd` global).
    """
    import builtins
    import linecache
    import traceback
    try:
        with open(resolve('/', path), encoding='utf-8') as f:
            source = f.read()
    except OSError as e:
        stderr.write('sh: ' + path + ': ' + strerror(e) + '\n')
        return 126, cwd
    saved = sys.stdin, sys.stdout, sys.stderr, sys.argv
    sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr
    sys.argv = [path] + list(argv)
    scope = dict(extra_globals or {})
    scope.update({'__name__': '__main__', '__file__': path, '__builtins__': builtins,
                  'argv': list(argv), 'cwd': cwd, 'env': env if env is not None else {}})
    status = 0
    try:
        code = compile(source, path, 'exec', flags=PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    except SyntaxError as e:
        sys.stdin, sys.stdout, sys.stderr, sys.argv = saved
        stderr.write(''.join(traceback.format_exception_only(type(e), e)))
        return 1, cwd
    # The traceback module reads source lines through linecache; the path is a VFS path.
    linecache.cache[path] = (len(source), None, source.splitlines(True), path)
    try:
        result = eval(code, scope)
        if code.co_flags & CO_COROUTINE:
            run_coroutine(result)
    except SystemExit as e:
        status = exit_status(e.code, stderr)
    except KeyboardInterrupt:
        stderr.write('KeyboardInterrupt\n')
        status = 130
    except BaseException as e:
        tb = e.__traceback__
        # Drop the runner's own frame: the traceback starts in the script.
        if tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        stderr.write(''.join(traceback.format_exception(type(e), e, tb)))
        status = 1
    finally:
        try:
            sys.stdout.flush()
        except Exception:
            pass
        sys.stdin, sys.stdout, sys.stderr, sys.argv = saved
    new_cwd = scope.get('cwd')
    if not isinstance(new_cwd, str):
        new_cwd = cwd
    return status, new_cwd


def run_coroutine(coro):
    """Runs a top-level-await script's coroutine to completion."""
    import asyncio
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(coro)
        return
    # Already inside an event loop (e.g. a script run from an async caller): drive it by hand.
    try:
        while True:
            coro.send(None)
    except StopIteration:
        pass


def exit_status(code, stderr):
    """The status for SystemExit(code): None is 0, an int is taken modulo 256, anything else
    is printed and gives 1 (as CPython does)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xff
    stderr.write(str(code) + '\n')
    return 1


# ============================================================================ builtins

class Streams:
    def __init__(self, stdin, stdout, stderr):
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr


def builtin_cd(session, args, io_):
    if len(args) > 1:
        io_.stderr.write('sh: cd: too many arguments\n')
        return 1
    target = args[0] if args else session.env.get('HOME', '/')
    if target == '-':
        if session.oldcwd is None:
            io_.stderr.write('sh: cd: OLDPWD not set\n')
            return 1
        target = session.oldcwd
        io_.stdout.write(target + '\n')
    path = normpath(session.cwd, target)
    try:
        st = os.stat(resolve('/', path))
    except OSError as e:
        io_.stderr.write('sh: cd: ' + target + ': ' + strerror(e) + '\n')
        return 1
    if not is_dir_mode(st.st_mode):
        io_.stderr.write('sh: cd: ' + target + ': Not a directory\n')
        return 1
    session.oldcwd = session.cwd
    session.cwd = path
    return 0


def builtin_pwd(session, args, io_):
    # As bash's: -L and -P are the same here (no symbolic links), operands are ignored.
    for arg in args:
        if arg == '--' or not arg.startswith('-') or arg == '-':
            break
        bad = [c for c in arg[1:] if c not in 'LP']
        if bad:
            io_.stderr.write('sh: pwd: -' + bad[0] + ': invalid option\npwd: usage: pwd [-LP]\n')
            return 2
    io_.stdout.write(session.cwd + '\n')
    return 0


def builtin_exit(session, args, io_):
    status = session.last_status
    if args:
        text = args[0]
        body = text[1:] if text[:1] in '+-' else text
        if not body.isdigit():
            io_.stderr.write('sh: exit: ' + text + ': numeric argument required\n')
            raise ShellExit(2)
        if len(args) > 1:
            io_.stderr.write('sh: exit: too many arguments\n')
            return 1
        status = int(text) & 0xff
    raise ShellExit(status)


def builtin_export(session, args, io_):
    if not args or args == ['-p']:
        for name in sorted(session.env):
            io_.stdout.write('export ' + name + '=' + quote(session.env[name]) + '\n')
        return 0
    status = 0
    for arg in args:
        name, eq, value = arg.partition('=')
        if not is_name(name):
            io_.stderr.write("sh: export: `" + arg + "': not a valid identifier\n")
            status = 1
            continue
        if eq:
            session.env[name] = value
        elif name not in session.env:
            session.env[name] = ''
    return status


def builtin_unset(session, args, io_):
    status = 0
    for name in args:
        if not is_name(name):
            io_.stderr.write("sh: unset: `" + name + "': not a valid identifier\n")
            status = 1
            continue
        session.env.pop(name, None)
    return status


def builtin_jobs(session, args, io_):
    for job in session.jobs:
        if job['state'] == 'Running':
            state = 'Running'
        elif job['status'] == 0:
            state = 'Done'
        else:
            state = 'Exit ' + str(job['status'])
        io_.stdout.write('[' + str(job['number']) + ']  ' + state.ljust(22) + job['text'] + '\n')
    session.jobs = [j for j in session.jobs if j['state'] == 'Running']
    return 0


def builtin_true(session, args, io_):
    return 0


def builtin_false(session, args, io_):
    return 1


BUILTIN_HELP = [
    ('cd [DIR]', 'change the current directory (no DIR: $HOME or /; - : the previous one)'),
    ('pwd', 'print the current directory'),
    ('exit [N]', 'leave the shell with status N (default: the last status)'),
    ('export [NAME[=VALUE]]...', 'set environment variables (no argument: list them)'),
    ('unset NAME...', 'remove environment variables'),
    ('jobs', "list this shell's background jobs"),
    ('help [NAME]', 'this text; help NAME shows the help of a builtin or a command'),
    ('true, false', 'do nothing, successfully or not'),
]

SYNTAX_HELP = """Syntax: words with 'single' and "double" quotes and \\ escapes; $VAR, ${VAR}, $?;
globs * ? [...]; a | b (stages run one after the other); > file, >> file, < file,
2> file, 2>&1; a ; b, a && b, a || b, a & (background); NAME=value cmd; # comment."""


def builtin_help(session, args, io_):
    if args:
        for entry, text in BUILTIN_HELP:
            names = entry.split(' ')[0].rstrip(',').split(',')
            if args[0] in names or args[0] in ('true', 'false') and entry.startswith('true'):
                io_.stdout.write(entry + '\n    ' + text + '\n')
                return 0
        path = lookup_script(session, 'help', io_, quiet=True)
        if path is None:
            io_.stderr.write('sh: help: no help topics match ' + repr(args[0]) + '\n')
            return 1
        return run_external(session, path, list(args), {}, io_, True)
    io_.stdout.write('Shell builtins:\n')
    for entry, text in BUILTIN_HELP:
        io_.stdout.write('  ' + entry.ljust(26) + text + '\n')
    io_.stdout.write(SYNTAX_HELP + '\n')
    path = lookup_script(session, 'help', io_, quiet=True)
    if path is None:
        return 0
    io_.stdout.write('\n')
    return run_external(session, path, [], {}, io_, True)


BUILTINS = {
    'cd': builtin_cd,
    'pwd': builtin_pwd,
    'exit': builtin_exit,
    'export': builtin_export,
    'unset': builtin_unset,
    'jobs': builtin_jobs,
    'help': builtin_help,
    'true': builtin_true,
    'false': builtin_false,
}


def quote(text):
    """Single-quotes text for the shell when it needs it."""
    if text and all(c.isalnum() or c in '@%+=:,./-_' for c in text):
        return text
    return "'" + text.replace("'", "'\\''") + "'"


# ============================================================================ running

def lookup_script(session, name, io_, quiet=False):
    """The script path for a command name, or None (after saying why unless quiet).

    A name with a '/' or ending in '.py' is a path from cwd; anything else is searched in
    $PATH (default /bin) as <dir>/<name>.py.
    """
    if '/' in name or name.endswith('.py'):
        path = normpath(session.cwd, name)
        st = stat_or_none(resolve('/', path))
        if st is None:
            if not quiet:
                io_.stderr.write('sh: ' + name + ': No such file or directory\n')
            return None
        if is_dir_mode(st.st_mode):
            if not quiet:
                io_.stderr.write('sh: ' + name + ': Is a directory\n')
            return ''
        return path
    for directory in (session.env.get('PATH') or '/bin').split(':'):
        if not directory:
            continue
        path = normpath('/', directory + '/' + name + '.py')
        st = stat_or_none(resolve('/', path))
        if st is not None and is_reg_mode(st.st_mode):
            return path
    if not quiet:
        io_.stderr.write('sh: ' + name + ': command not found\n')
    return None


def run_external(session, path, argv, assigns, io_, keep_cwd):
    env = dict(session.env)
    env.update(assigns)
    status, new_cwd = session.run_script(path, argv, io_.stdin, io_.stdout, io_.stderr,
                                         cwd=session.cwd, env=env)
    if keep_cwd and isinstance(new_cwd, str) and new_cwd != session.cwd:
        session.oldcwd = session.cwd
        session.cwd = normpath('/', new_cwd)
    return status


def open_redirections(session, cmd, io_, opened):
    """Applies a command's redirections, left to right, to a copy of its streams."""
    fds = {0: io_.stdin, 1: io_.stdout, 2: io_.stderr}
    for fd, mode, dup, pieces in cmd.redirs:
        if dup is not None:
            if dup not in fds:
                io_.stderr.write('sh: ' + str(dup) + ': Bad file descriptor\n')
                return None
            fds[fd] = fds[dup]
            continue
        fields = expand_word(session, pieces)
        if len(fields) != 1:
            io_.stderr.write('sh: ' + ''.join(p[2] for p in pieces) + ': ambiguous redirect\n')
            return None
        target = fields[0]
        real = resolve(session.cwd, target)
        try:
            if mode == '<':
                stream = open(real, 'r', encoding='utf-8', errors='replace')
            else:
                st = stat_or_none(real)
                if st is not None and is_dir_mode(st.st_mode):
                    raise IsADirectoryError(21, 'Is a directory')
                stream = open(real, 'w' if mode == '>' else 'a', encoding='utf-8')
        except OSError as e:
            io_.stderr.write('sh: ' + target + ': ' + strerror(e) + '\n')
            return None
        opened.append(stream)
        fds[fd] = stream
    return Streams(fds.get(0), fds.get(1), fds.get(2))


def run_command(session, cmd, io_, alone):
    """Runs one simple command; `alone` is False inside a multi-stage pipeline."""
    try:
        words = []
        for pieces in cmd.words:
            words.extend(expand_word(session, pieces))
        assigns = {name: expand_assignment(session, value) for name, value in cmd.assigns}
    except ShellSyntaxError as e:
        io_.stderr.write('sh: ' + str(e) + '\n')
        return 1
    opened = []
    try:
        streams = open_redirections(session, cmd, io_, opened)
        if streams is None:
            return 1
        if not words:
            session.env.update(assigns)
            return 0
        name = words[0]
        builtin = BUILTINS.get(name)
        if builtin is not None:
            saved = {k: session.env.get(k) for k in assigns}
            session.env.update(assigns)
            try:
                return builtin(session, words[1:], streams)
            finally:
                for k, v in saved.items():
                    if v is None:
                        session.env.pop(k, None)
                    else:
                        session.env[k] = v
        path = lookup_script(session, name, streams)
        if path is None:
            return 127
        if path == '':
            return 126
        return run_external(session, path, words[1:], assigns, streams, alone)
    finally:
        for stream in opened:
            try:
                stream.close()
            except OSError:
                pass


def run_pipeline(session, commands, io_):
    if len(commands) == 1:
        return run_command(session, commands[0], io_, True)
    # Stages run in order; each one's output is the next one's input. As in other shells,
    # a stage cannot change the shell's cwd or variables.
    saved_cwd, saved_env = session.cwd, dict(session.env)
    status = 0
    stdin = io_.stdin
    try:
        for index, cmd in enumerate(commands):
            last = index == len(commands) - 1
            out = io_.stdout if last else io.StringIO()
            try:
                status = run_command(session, cmd, Streams(stdin, out, io_.stderr), False)
            except ShellExit as e:
                status = e.status
            if not last:
                stdin = io.StringIO(out.getvalue())
    finally:
        session.cwd = saved_cwd
        session.env.clear()
        session.env.update(saved_env)
    return status


def run_andor(session, item, io_):
    status = 0
    for op, pipeline in item.parts:
        if op == '&&' and status != 0:
            continue
        if op == '||' and status == 0:
            continue
        status = run_pipeline(session, pipeline, io_)
        session.last_status = status
    return status


def start_background(session, item, io_):
    number = session.next_job
    session.next_job += 1
    job = {'number': number, 'text': item.text, 'state': 'Running', 'status': None, 'pid': None}
    streams = Streams(io_.stdin, io_.stdout, io_.stderr)

    def task():
        try:
            status = run_andor(session, item, streams)
        except ShellExit as e:
            status = e.status
        job['state'] = 'Done'
        job['status'] = status
        return status

    session.jobs.append(job)
    spawn = session.spawn_background or spawn_background
    pid = spawn(task, item.text)
    if pid is None:
        io_.stderr.write('sh: no background tasks here: running ' + repr(item.text)
                         + ' in the foreground\n')
        task()
        return 0
    job['pid'] = pid
    io_.stderr.write('[' + str(number) + '] ' + str(pid) + '\n')
    return 0


def run_line(line, session, stdin=None, stdout=None, stderr=None):
    """Runs one command line; returns its status (also kept in session.last_status)."""
    io_ = Streams(stdin or session.stdin, stdout or session.stdout, stderr or session.stderr)
    try:
        items = parse(line)
    except ShellSyntaxError as e:
        io_.stderr.write('sh: ' + str(e) + '\n')
        session.last_status = 2
        return 2
    status = session.last_status
    try:
        for item in items:
            if item.background:
                status = start_background(session, item, io_)
                session.last_status = status
            else:
                status = run_andor(session, item, io_)
    except ShellExit as e:
        session.exit_requested = True
        status = e.status
    except KeyboardInterrupt:
        io_.stderr.write('^C\n')
        status = 130
    session.last_status = status
    return status


def read_command(readline, prompt='$ ', more='> '):
    """Reads one complete command line (asking for more while it is incomplete)."""
    line = readline(prompt)
    if line is None:
        raise EOFError
    while True:
        try:
            parse(line)
            return line
        except Incomplete as e:
            extra = readline(more)
            if extra is None:
                raise EOFError
            if e.kind == 'backslash':
                line = line[:-1] + extra
            elif e.kind == 'quote':
                line = line + '\n' + extra
            else:
                line = line + ' ' + extra
        except ShellSyntaxError:
            return line


def interactive(session, readline=None):
    """The `$ ` loop: runs lines until `exit` or end of input; returns the last status."""
    if readline is None:
        readline = input
    session.exit_requested = False
    while True:
        try:
            line = read_command(readline)
        except EOFError:
            session.stdout.write('\n')
            return session.last_status
        except KeyboardInterrupt:
            session.stdout.write('\n')
            continue
        run_line(line, session)
        if session.exit_requested:
            session.exit_requested = False
            return session.last_status


def sh(line=None, session=None, readline=None):
    """sh() opens the `$ ` shell, sh('cmd args') runs one line; both return the status."""
    if session is None:
        session = Session(env=dict(os.environ))
    if line is None:
        return interactive(session, readline)
    return run_line(line, session)
