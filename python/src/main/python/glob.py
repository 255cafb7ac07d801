"""Filename pattern expansion (CPython 3.12's glob), over os.scandir and fnmatch.

A pattern is expanded one path component at a time: the directory part first (only
directories can match it), then the last component inside each directory found. Results come
in directory-listing order, unsorted, as CPython's do.
"""

import os
import re
import fnmatch

__all__ = ['glob', 'iglob', 'escape']

# The characters that make a pattern component a pattern rather than a literal name.
magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain shell-style wildcards (fnmatch). Names starting with a dot are
    matched only by patterns starting with a dot, unless include_hidden is true. With
    recursive=True, the pattern '**' matches any files and zero or more directories."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern.

    Same arguments and matching rules as glob()."""
    base = pathname[:0] if root_dir is None else os.fspath(root_dir)
    walk = _Expansion(base, dir_fd, recursive, include_hidden)
    found = walk.expand(pathname, False)
    if not pathname or (recursive and _is_globstar(pathname[:2])):
        # '**' first matches the starting directory itself, as an empty path: not a result.
        found = _skip_leading_empty(found)
    return found


def _skip_leading_empty(paths):
    for first in paths:
        if first:
            yield first
        break
    yield from paths


def has_magic(s):
    checker = magic_check_bytes if isinstance(s, bytes) else magic_check
    return checker.search(s) is not None


def escape(pathname):
    """Escape all special characters.

    Each of '*', '?' and '[' becomes a one-character set ('[*]'), so the result matches the
    name literally."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        return drive + magic_check_bytes.sub(br'[\1]', rest)
    return drive + magic_check.sub(r'[\1]', rest)


def _is_globstar(part):
    return part == (b'**' if isinstance(part, bytes) else '**')


def _hidden(name):
    # Works for str and bytes alike: b'.x'[0] is 46, which is b'.'[0].
    return name[0] in ('.', 46)


class _Expansion:
    """One glob call's settings: root_dir (as `base`, joined in front of every file system
    access but not of results), dir_fd, and the recursive and include_hidden flags."""

    def __init__(self, base, dir_fd, recursive, include_hidden):
        self.base = base
        self.dir_fd = dir_fd
        self.recursive = recursive
        self.include_hidden = include_hidden

    def expand(self, pattern, dirs_only):
        head, last = os.path.split(pattern)
        if not has_magic(pattern):
            # Nothing to expand: the path itself, if it is there.
            if last:
                if self._lexists(_under(self.base, pattern)):
                    yield pattern
            elif self._isdir(_under(self.base, head)):
                yield pattern       # 'dir/': only a directory matches
            return
        if not head:
            yield from self._in_directory(self.base, last, dirs_only)
            return
        if head != pattern and has_magic(head):
            parents = self.expand(head, True)
        else:
            parents = [head]
        for parent in parents:
            for name in self._in_directory(_under(self.base, parent), last, dirs_only):
                yield os.path.join(parent, name)

    def _in_directory(self, directory, component, dirs_only):
        # The names in directory that the last pattern component matches.
        if not has_magic(component):
            return self._literal(directory, component)
        if self.recursive and _is_globstar(component):
            return self._everything_below(directory, component[:0], dirs_only)
        return self._matching(directory, component, dirs_only)

    def _literal(self, directory, name):
        if name:
            return [name] if self._lexists(_under(directory, name)) else []
        return [name] if self._isdir(directory) else []    # 'dir/' names a directory

    def _matching(self, directory, component, dirs_only):
        names = self._names(directory, dirs_only)
        if not (self.include_hidden or _hidden(component)):
            names = [name for name in names if not _hidden(name)]
        return fnmatch.filter(names, component)

    def _everything_below(self, directory, empty, dirs_only):
        # '**': the directory itself (even a missing one, as CPython 3.12) and then every
        # path under it, each directory before its contents.
        yield empty
        yield from self._descend(directory, dirs_only)

    def _descend(self, directory, dirs_only):
        for name in self._names(directory, dirs_only):
            if _hidden(name) and not self.include_hidden:
                continue
            yield name
            below = _under(directory, name) if directory else name
            for rest in self._descend(below, dirs_only):
                yield os.path.join(name, rest)

    def _names(self, directory, dirs_only):
        # The listing of directory (directories only if asked); [] when it cannot be read.
        try:
            if self.dir_fd is None:
                where = directory or (b'.' if isinstance(directory, bytes) else '.')
                return _scan(where, dirs_only)
            if not directory:
                return _scan(self.dir_fd, dirs_only)
            flags = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0)
            fd = os.open(directory, flags, dir_fd=self.dir_fd)
            try:
                names = _scan(fd, dirs_only)
            finally:
                os.close(fd)
            if isinstance(directory, bytes):
                names = [os.fsencode(name) for name in names]
            return names
        except OSError:
            return []

    def _lexists(self, path):
        if self.dir_fd is None:
            return os.path.lexists(path)
        try:
            os.lstat(path, dir_fd=self.dir_fd)
        except (OSError, ValueError):
            return False
        return True

    def _isdir(self, path):
        if self.dir_fd is None:
            return os.path.isdir(path)
        try:
            mode = os.stat(path, dir_fd=self.dir_fd).st_mode
        except (OSError, ValueError):
            return False
        return mode & 0o170000 == 0o040000


def _scan(target, dirs_only):
    listed = []
    with os.scandir(target) as entries:
        for entry in entries:
            try:
                if dirs_only and not entry.is_dir():
                    continue
            except OSError:
                continue
            listed.append(entry.name)
    return listed


def _under(directory, name):
    # os.path.join that leaves an empty side out.
    if directory and name:
        return os.path.join(directory, name)
    return directory or name


# Kept from older Pythons: one literal name / one pattern component, in one directory.
def glob0(dirname, pattern):
    return _Expansion(dirname[:0], None, False, False)._literal(dirname, pattern)


def glob1(dirname, pattern):
    return _Expansion(dirname[:0], None, False, False)._matching(dirname, pattern, False)
