"""The os.path functions that do not depend on the path flavour (Pyjama).

posixpath re-exports everything in __all__ and uses the two private helpers at the bottom
(splitext's rule and the str/bytes argument check) for its own functions.
"""
import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'islink', 'samefile', 'sameopenfile',
           'samestat']


def _st_mode(path, follow_links=True):
    """The path's st_mode, or None when it cannot be stat'ed (missing, bad name, NUL byte)."""
    try:
        result = os.stat(path) if follow_links else os.lstat(path)
    except (OSError, ValueError):
        return None
    return result.st_mode


def exists(path):
    """True if os.stat(path) succeeds (so False for a dangling symbolic link)."""
    return _st_mode(path) is not None


def isfile(path):
    """True if path names an existing regular file (links followed)."""
    mode = _st_mode(path)
    return False if mode is None else stat.S_ISREG(mode)


def isdir(s):
    """True if s names an existing directory (links followed)."""
    mode = _st_mode(s)
    return False if mode is None else stat.S_ISDIR(mode)


def islink(path):
    """True if path itself is a symbolic link."""
    mode = _st_mode(path, follow_links=False)
    return False if mode is None else stat.S_ISLNK(mode)


# The four stat-field getters differ only in the field; errors from os.stat propagate.
def _stat_field(field, what):
    def getter(filename):
        return getattr(os.stat(filename), field)
    getter.__doc__ = 'Return the ' + what + ' of a file, reported by os.stat().'
    return getter


getsize = _stat_field('st_size', 'size')
getmtime = _stat_field('st_mtime', 'last modification time')
getatime = _stat_field('st_atime', 'last access time')
getctime = _stat_field('st_ctime', 'metadata change time')
for _name in ('getsize', 'getmtime', 'getatime', 'getctime'):
    globals()[_name].__name__ = globals()[_name].__qualname__ = _name
del _name


def commonprefix(m):
    """The longest common prefix, character by character, of a list of paths."""
    if not m:
        return ''
    # Lists/tuples of components are compared as they are; anything else is a path.
    items = m if isinstance(m[0], (list, tuple)) else [os.fspath(x) for x in m]
    # Sorting puts the two most different items at the ends; their prefix is everyone's.
    first, last = min(items), max(items)
    n = 0
    limit = min(len(first), len(last))
    while n < limit and first[n] == last[n]:
        n += 1
    return first[:n]


def samestat(s1, s2):
    """True if two stat results describe one file."""
    return (s1.st_dev, s1.st_ino) == (s2.st_dev, s2.st_ino)


def samefile(f1, f2):
    """True if both paths name one file (same st_dev and st_ino); os.stat errors propagate."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """True if two open descriptors refer to one file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Split p into (root, ext): ext starts at the last extsep of the last component, unless
    everything before it in that component is extsep too (so '.bashrc' has no extension)."""
    name_start = p.rfind(sep) + 1
    if altsep:
        name_start = max(name_start, p.rfind(altsep) + 1)
    dot = p.rfind(extsep)
    if dot >= name_start and p[name_start:dot].strip(extsep):
        return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """The TypeError CPython raises for a non-path argument, or for str mixed with bytes."""
    kinds = set()
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(arg).__name__!r}') from None
        kinds.add(isinstance(arg, bytes))
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None
