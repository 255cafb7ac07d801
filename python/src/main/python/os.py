"""Operating-system interface of Pyjama, layered as CPython's.

The interpreter's Java module posix makes the system calls (stat, listdir, scandir, mkdir,
rename, open/read/write on descriptors, ...) over the files the embedding provides: the
host's for the command line, the kernel's VFS on Pyjama. This module re-exports all of it and
adds what CPython also writes in Python: makedirs, removedirs, renames, walk, fdopen, the
environ/environb mappings, getenv, fsencode/fsdecode, PathLike, and os.path (posixpath).
"""
import abc
import sys

import posix
from posix import *  # noqa: F401,F403

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name', 'path',
           'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fsencode', 'fsdecode',
           'get_exec_path', 'fdopen', 'extsep', 'makedirs', 'removedirs', 'renames', 'walk',
           'getenv', 'getenvb', 'supports_bytes_environ', 'environ', 'environb', 'PathLike',
           'error', 'stat_result', 'DirEntry', 'scandir', 'listdir', 'fspath', 'getcwd',
           'getcwdb', 'chdir', 'mkdir', 'rmdir', 'remove', 'unlink', 'rename', 'replace', 'stat',
           'lstat', 'fstat', 'utime', 'chmod', 'truncate', 'ftruncate', 'readlink', 'strerror',
           'urandom', 'getpid', 'cpu_count', 'putenv', 'unsetenv', 'open', 'close', 'read',
           'write', 'lseek', 'isatty', 'closerange', 'device_encoding']

name = 'posix'
linesep = '\n'

import posixpath as path  # noqa: E402
sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,  # noqa: E402
                       devnull)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

supports_bytes_environ = True
supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = {stat, truncate, listdir, scandir}
supports_follow_symlinks = {stat}


# ---- directory trees -----------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """Create directory name and any missing parent directories.

    The parents get the default mode. With exist_ok false, an existing name is
    FileExistsError; with it true, only a name that exists but is not a directory is.
    """
    parent, leaf = path.split(name)
    if not leaf:
        # "a/b/": the leaf is "b"
        parent, leaf = path.split(parent)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile: fine
        if leaf == (b'.' if isinstance(leaf, bytes) else '.'):
            return  # "new/." exists as soon as "new" does
    try:
        mkdir(name, mode)
    except OSError:
        # Any error (EEXIST, or EROFS/EACCES that some systems report first) is fine
        # when the directory is there and the caller said so.
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove directory name, then each parent named in it that is left empty.

    Stops quietly at the first parent that cannot be removed (not empty, ...).
    """
    rmdir(name)
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, leaf = path.split(parent)


def renames(old, new):
    """rename(old, new), creating new's missing parents first and removing old's parents
    left empty afterwards (as removedirs)."""
    parent, leaf = path.split(new)
    if parent and leaf and not path.exists(parent):
        makedirs(parent)
    rename(old, new)
    parent, leaf = path.split(old)
    if parent and leaf:
        try:
            removedirs(parent)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for top and every directory below it.

    Top-down (the default), a directory comes before its subdirectories, and the caller
    may prune or reorder dirnames in place to steer the walk; bottom-up, it comes after
    them. Errors listing a directory go to onerror (an OSError argument) if given, and
    that directory is skipped. Links to directories are listed in dirnames but not
    entered unless followlinks is true.
    """
    # Our own stack rather than recursion: a deep tree cannot hit the recursion limit.
    # It holds paths to list, and (for bottom-up) finished triples to hand out.
    todo = [fspath(top)]
    while todo:
        item = todo.pop()
        if isinstance(item, tuple):
            yield item
            continue
        try:
            entries = scandir(item)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        dirnames, filenames, below = [], [], []
        failed = False
        with entries:
            while True:
                try:
                    entry = next(entries, None)
                except OSError as err:
                    if onerror is not None:
                        onerror(err)
                    failed = True
                    break
                if entry is None:
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                (dirnames if is_dir else filenames).append(entry.name)
                if is_dir and not topdown:
                    try:
                        enter = followlinks or not entry.is_symlink()
                    except OSError:
                        enter = True
                    if enter:
                        below.append(entry.path)
        if failed:
            continue
        if topdown:
            yield item, dirnames, filenames
            # dirnames may have been changed by the caller: walk what is left of it
            for d in reversed(dirnames):
                sub = path.join(item, d)
                if followlinks or not path.islink(sub):
                    todo.append(sub)
        else:
            todo.append((item, dirnames, filenames))
            todo.extend(reversed(below))


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over descriptor fd (io.open with the descriptor)."""
    import io
    if type(fd) is not int and not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    text = "b" not in mode
    return io.open(fd, mode, buffering, io.text_encoding(encoding) if text else encoding,
                   *args, **kwargs)


def get_exec_path(env=None):
    """The directories a shell would search for a command: $PATH from env (default
    os.environ), else defpath, split at pathsep."""
    if env is None:
        env = environ
    found = env.get('PATH')
    return (defpath if found is None else found).split(pathsep)


# ---- the environment -----------------------------------------------------------------------

from collections.abc import MutableMapping, Mapping  # noqa: E402


class _Environ(MutableMapping):
    """os.environ: a dict of str that also tells posix (putenv/unsetenv) about changes."""

    def __init__(self, data, check):
        self._data = data
        self._check = check

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key, value = self._check(key), self._check(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        key = self._check(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __repr__(self):
        body = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return "environ({" + body + "})"

    def copy(self):
        """A plain dict with the same items."""
        return {k: self[k] for k in self}

    def __len__(self):
        return len(self._data)

    def setdefault(self, key, value):
        if key in self:
            return self[key]
        self[key] = value
        return value

    # environ | mapping and mapping | environ give dicts; |= updates the environment.
    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        return {**self.copy(), **other} if isinstance(other, Mapping) else NotImplemented

    def __ror__(self, other):
        return {**other, **self.copy()} if isinstance(other, Mapping) else NotImplemented


def _str_only(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


def _bytes_only(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


environ = _Environ(dict(posix.environ), _str_only)


class _EnvironBytes(_Environ):
    """os.environb: os.environ seen with bytes keys and values (UTF-8, surrogateescape)."""

    def __init__(self):
        super().__init__(None, _bytes_only)

    @staticmethod
    def _text(b):
        return _bytes_only(b).decode('utf-8', 'surrogateescape')

    @staticmethod
    def _bytes(s):
        return s.encode('utf-8', 'surrogateescape')

    def __getitem__(self, key):
        try:
            return self._bytes(environ[self._text(key)])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        environ[self._text(key)] = self._text(value)

    def __delitem__(self, key):
        try:
            del environ[self._text(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([self._bytes(k) for k in environ])

    def __len__(self):
        return len(environ)

    def __repr__(self):
        body = ", ".join(f"{self._bytes(k)!r}: {self._bytes(v)!r}" for k, v in environ.items())
        return "environ({" + body + "})"


environb = _EnvironBytes()


def getenv(key, default=None):
    """os.environ[key] if it is set, else default (str)."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """os.environb[key] if it is set, else default (bytes)."""
    return environb.get(key, default)


# ---- file names ----------------------------------------------------------------------------

def fsencode(filename):
    """A file name (str, bytes or os.PathLike) as bytes: str is encoded as UTF-8 with
    surrogateescape (the file system encoding of Pyjama, as of CPython in UTF-8 mode)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A file name (str, bytes or os.PathLike) as str: the inverse of fsencode."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class PathLike(abc.ABC):
    """Abstract base class of objects with a file system path (__fspath__)."""

    @abc.abstractmethod
    def __fspath__(self):
        """The path as str or bytes."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        # Any class with __fspath__ counts, as for CPython; subclasses of PathLike
        # keep the ordinary rules.
        return hasattr(subclass, '__fspath__') if cls is PathLike else NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
