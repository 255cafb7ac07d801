"""POSIX pathname operations: os.path on Pyjama (CPython 3.12's posixpath).

Functions take str, bytes or os.PathLike and answer in the type they were given; the helpers
below fetch the separator and the special names in that type. The file system queries
(exists, isdir, getsize, ...) come from genericpath; the ones here go through os.lstat/os.stat,
which the kernel backs with its VFS (docs/filesystem.md).
"""

import os
import stat
import genericpath
from genericpath import *  # noqa: F401,F403  exists, isfile, isdir, getsize, commonprefix, ...

__all__ = ['abspath', 'altsep', 'basename', 'commonpath', 'commonprefix', 'curdir',
           'defpath', 'devnull', 'dirname', 'exists', 'expanduser', 'expandvars', 'extsep',
           'getatime', 'getctime', 'getmtime', 'getsize', 'isabs', 'isdir', 'isfile',
           'isjunction', 'islink', 'ismount', 'join', 'lexists', 'normcase', 'normpath',
           'pardir', 'pathsep', 'realpath', 'relpath', 'samefile', 'sameopenfile', 'samestat',
           'sep', 'split', 'splitdrive', 'splitext', 'splitroot',
           'supports_unicode_filenames']

# The spellings of this flavour (str forms; _sep/_dots give the bytes ones).
sep, altsep, pathsep, extsep = '/', None, ':', '.'
curdir, pardir = '.', '..'
defpath, devnull = '/bin:/usr/bin', '/dev/null'
supports_unicode_filenames = False


def _sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def _dots(path):
    # (curdir, pardir) in the type of path.
    return (b'.', b'..') if isinstance(path, bytes) else ('.', '..')


def _head_and_tail(path):
    # The split at the last slash; head keeps its trailing slashes (split() trims them).
    cut = path.rfind(_sep(path)) + 1
    return path[:cut], path[cut:]


def _trim_head(head, slash):
    # 'a/b//' -> 'a/b', but a head that is all slashes ('/', '//') stays as it is.
    stripped = head.rstrip(slash)
    return stripped if stripped else head


def normcase(s):
    """Normalize case of pathname.  Has no effect under POSIX."""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute."""
    s = os.fspath(s)
    return s[:1] == _sep(s)


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.

    A component that is absolute discards everything before it. An empty last part makes
    the result end in a separator."""
    first = os.fspath(a)
    slash = _sep(first)
    try:
        if not p:
            first[:0] + slash   # a lone argument is still checked for being str or bytes
        result = first
        for part in p:
            part = os.fspath(part)
            if part.startswith(slash) or not result:
                result = part
            elif result.endswith(slash):
                result = result + part
            else:
                result = result + slash + part
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)
        raise
    return result


def split(p):
    """Split a pathname into (head, tail): tail is everything after the final slash, and
    either part may be empty."""
    p = os.fspath(p)
    head, tail = _head_and_tail(p)
    return _trim_head(head, _sep(p)), tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'/', None, b'.')
    return genericpath._splitext(p, '/', None, '.')


splitext.__doc__ = genericpath._splitext.__doc__


def splitdrive(p):
    """Split a pathname into drive and path.  On POSIX the drive is always empty."""
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """Split a pathname into drive, root and tail.

    The drive is always empty; the root is '', '/' or, for exactly two leading slashes
    (which POSIX leaves to the implementation), '//'."""
    p = os.fspath(p)
    slash = _sep(p)
    nothing = p[:0]
    leading = len(p) - len(p.lstrip(slash))
    if leading == 0:
        return nothing, nothing, p
    if leading == 2:
        return nothing, p[:2], p[2:]
    return nothing, p[:1], p[1:]


def basename(p):
    """Returns the final component of a pathname."""
    p = os.fspath(p)
    return _head_and_tail(p)[1]


def dirname(p):
    """Returns the directory component of a pathname."""
    p = os.fspath(p)
    return _trim_head(_head_and_tail(p)[0], _sep(p))


def isjunction(path):
    """Test whether a path is a junction.  Junctions are not supported on POSIX."""
    os.fspath(path)
    return False


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Test whether a path is a mount point: on another device than its parent directory,
    or the same file as its parent (the root)."""
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    try:
        above = os.lstat(realpath(join(path, _dots(path)[1])))
    except (OSError, ValueError):
        return False
    return here.st_dev != above.st_dev or here.st_ino == above.st_ino


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown, do nothing."""
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    if path[:1] != (b'~' if as_bytes else '~'):
        return path
    slash = _sep(path)
    end = path.find(slash, 1)
    if end < 0:
        end = len(path)
    home = _home_of(path[1:end], as_bytes)
    if home is None:
        return path
    if as_bytes:
        home = os.fsencode(home)
    return home.rstrip(slash) + path[end:] or slash


def _home_of(user, as_bytes):
    # The home directory (str) of user, '' meaning the current one; None when unknown.
    if not user:
        if 'HOME' in os.environ:
            return os.environ['HOME']
        try:
            import pwd
            return pwd.getpwuid(os.getuid()).pw_dir
        except (ImportError, KeyError, AttributeError):
            return None
    if as_bytes:
        user = str(user, 'ASCII')
    try:
        import pwd
        return pwd.getpwnam(user).pw_dir
    except (ImportError, KeyError):
        return None


_variable_patterns = {}     # str / bytes -> compiled pattern of $name and ${name}


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables are left unchanged."""
    path = os.fspath(path)
    kind = type(path)
    if (b'$' if kind is bytes else '$') not in path:
        return path
    pattern = _variable_patterns.get(kind)
    if pattern is None:
        import re
        source = r'\$(\w+|\{[^}]*\})'
        pattern = re.compile(source.encode() if kind is bytes else source, re.ASCII)
        _variable_patterns[kind] = pattern
    # Each match is replaced once, left to right; a substituted value is not scanned again.
    return pattern.sub(lambda match: _variable_value(match, kind), path)


def _variable_value(match, kind):
    name = match.group(1)
    if name[:1] in ('{', b'{'):
        name = name[1:-1]
    try:
        if kind is not bytes:
            return os.environ[name]
        table = getattr(os, 'environb', None)
        if table is None:
            return os.fsencode(os.environ[os.fsdecode(name)])
        return table[name]
    except KeyError:
        return match.group(0)


def normpath(path):
    """Normalize path, eliminating double slashes, '.' and '..' where they can go lexically."""
    path = os.fspath(path)
    slash = _sep(path)
    here, up = _dots(path)
    if not path:
        return here
    _, root, _ = splitroot(path)
    kept = []
    for part in path.split(slash):
        if not part or part == here:
            continue
        if part != up or (kept and kept[-1] == up) or (not root and not kept):
            kept.append(part)
        elif kept:
            kept.pop()
        # else: '..' right under the root stays at the root
    return root + slash.join(kept) or here


def abspath(path):
    """Return an absolute, normalized version of path (against the current directory)."""
    path = os.fspath(path)
    if isabs(path):
        return normpath(path)
    here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
    return normpath(join(here, path))


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any symbolic links
    encountered in the path. With strict=True, a missing component or a link loop raises
    OSError; otherwise the rest of the path is kept as written."""
    filename = os.fspath(filename)
    resolved, _ = _LinkWalk(strict).follow(filename[:0], filename)
    return abspath(resolved)


class _LinkWalk:
    """One realpath() call: `done` maps every symbolic link met to what it resolved to (None
    while that is still being worked out, so meeting it again means a loop)."""

    def __init__(self, strict):
        self.strict = strict
        self.done = {}

    def follow(self, base, rest):
        # Resolve the components of rest one by one on top of base (resolved already).
        # Returns (path, complete); complete is False after a loop in non-strict mode, the
        # unresolved rest then being appended as it is.
        slash = _sep(rest)
        here, up = _dots(rest)
        if rest[:1] == slash:
            base, rest = slash, rest[1:]
        while rest:
            name, _, rest = rest.partition(slash)
            if name == up:
                base = self._parent(base, up)
            elif name and name != here:
                base, complete = self._step(base, name)
                if not complete:
                    return join(base, rest), False
        return base, True

    @staticmethod
    def _parent(base, up):
        if not base:
            return up
        above, last = split(base)
        # Above a relative '..' we can only go further up.
        return join(above, up, up) if last == up else above

    def _step(self, base, name):
        candidate = join(base, name)
        try:
            info = os.lstat(candidate)
        except OSError:
            if self.strict:
                raise
            return candidate, True
        if not stat.S_ISLNK(info.st_mode) or not hasattr(os, 'readlink'):
            return candidate, True
        if candidate in self.done:
            target = self.done[candidate]
            if target is not None:
                return target, True
            if self.strict:
                os.stat(candidate)      # a loop: let the OS report ELOOP
            return candidate, False
        self.done[candidate] = None
        target, complete = self.follow(base, os.readlink(candidate))
        if complete:
            self.done[candidate] = target
        return target, complete


def relpath(path, start=None):
    """Return a relative version of a path (from the current directory, or from start)."""
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    slash = _sep(path)
    here, up = _dots(path)
    start = here if start is None else os.fspath(start)
    try:
        origin = [part for part in abspath(start).split(slash) if part]
        target = [part for part in abspath(path).split(slash) if part]
        shared = 0
        for mine, theirs in zip(origin, target):
            if mine != theirs:
                break
            shared += 1
        steps = [up] * (len(origin) - shared) + target[shared:]
        return join(*steps) if steps else here
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest sub-path that every path of the sequence paths starts with."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(os.fspath(path) for path in paths)
    slash = _sep(paths[0])
    here = _dots(paths[0])[0]
    try:
        pieces = [path.split(slash) for path in paths]   # mixed str and bytes fail here
        rooted = {path[:1] == slash for path in paths}
        if len(rooted) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        pieces = [[part for part in parts if part and part != here] for parts in pieces]
        # The smallest and largest lists bound every other one: their common start is all.
        first, last = min(pieces), max(pieces)
        length = 0
        while length < len(first) and first[length] == last[length]:
            length += 1
        return (slash if rooted.pop() else slash[:0]) + slash.join(first[:length])
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
