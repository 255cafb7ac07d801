"""Filename globbing utility (Pyjama, pure Python over os.scandir and fnmatch).

Results come in directory-listing order, unsorted, like CPython's.
"""
import os
import re
import fnmatch

__all__ = ['glob', 'iglob', 'escape']


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    With recursive=True, '**' matches any files and zero or more directories."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern."""
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    it = _iglob(pathname, root_dir, dir_fd, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # A leading '**' (or an empty pattern) would yield the empty path first: drop it.
        return _without_empty(it)
    return it


def _without_empty(it):
    for first in it:
        if first:
            yield first
        break
    yield from it


def _iglob(pathname, root_dir, dir_fd, recursive, dironly, include_hidden=False):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname), dir_fd):
                yield pathname
        elif _isdir(_join(root_dir, dirname), dir_fd):
            # A pattern ending with a slash matches only directories.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dir_fd, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dir_fd, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, dir_fd, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dir_fd, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dir_fd, dironly, include_hidden=False):
    names = _listdir(dirname, dir_fd, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dir_fd, dironly, include_hidden=False):
    if basename:
        if _lexists(_join(dirname, basename), dir_fd):
            return [basename]
    elif _isdir(dirname, dir_fd):
        return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, None, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, None, False)


def _glob2(dirname, pattern, dir_fd, dironly, include_hidden=False):
    # CPython 3.12 yields the directory itself even when it does not exist; so do we.
    yield pattern[:0]
    yield from _rlistdir(dirname, dir_fd, dironly, include_hidden=include_hidden)


def _listdir(dirname, dir_fd, dironly):
    """Names in dirname (only directories if dironly), [] if it cannot be listed."""
    if dir_fd is not None:
        target = dir_fd if not dirname else dirname
    else:
        target = dirname or (b'.' if isinstance(dirname, bytes) else '.')
    names = []
    try:
        if dir_fd is not None and dirname:
            fd = os.open(dirname, os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0), dir_fd=dir_fd)
            try:
                entries = _scan(fd, dironly)
            finally:
                os.close(fd)
            return [os.fsencode(n) for n in entries] if isinstance(dirname, bytes) else entries
        names = _scan(target, dironly)
        if isinstance(dirname, bytes) and names and isinstance(names[0], str):
            names = [os.fsencode(n) for n in names]
    except OSError:
        return []
    return names


def _scan(target, dironly):
    names = []
    with os.scandir(target) as it:
        for entry in it:
            try:
                if not dironly or entry.is_dir():
                    names.append(entry.name)
            except OSError:
                pass
    return names


def _rlistdir(dirname, dir_fd, dironly, include_hidden=False):
    # Depth-first, each directory's name before its contents.
    for x in _listdir(dirname, dir_fd, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dir_fd, dironly, include_hidden=include_hidden):
                yield _join(x, y)


def _lexists(pathname, dir_fd):
    if dir_fd is None:
        return os.path.lexists(pathname)
    try:
        os.lstat(pathname, dir_fd=dir_fd)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname, dir_fd):
    if dir_fd is None:
        return os.path.isdir(pathname)
    try:
        st = os.stat(pathname, dir_fd=dir_fd)
    except (OSError, ValueError):
        return False
    return (st.st_mode & 0o170000) == 0o040000


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return magic_check_bytes.search(s) is not None
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """Escape all special characters."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(br'[\1]', pathname)
    else:
        pathname = magic_check.sub(r'[\1]', pathname)
    return drive + pathname
