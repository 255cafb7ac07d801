"""Names and helpers for the st_mode / st_flags fields of os.stat() results (Pyjama).

Written for Pyjama after CPython's C ``_stat`` module, which is what CPython's stat actually
exposes: a mode argument must be an integer that fits a 32-bit mode_t, and filemode() shows
'?' for a file type it does not know.
"""

# Positions in the tuple form of a stat result.
(ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID,
 ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME) = range(10)

# File types as Linux encodes them in the top bits of st_mode; Solaris doors and event ports
# and BSD whiteouts do not exist here, so their type codes are 0.
_TYPE_BITS = 0o170000
S_IFIFO, S_IFCHR, S_IFDIR, S_IFBLK = 0o010000, 0o020000, 0o040000, 0o060000
S_IFREG, S_IFLNK, S_IFSOCK = 0o100000, 0o120000, 0o140000
S_IFDOOR = S_IFPORT = S_IFWHT = 0

# Permission bits: set-id and sticky, then owner / group / others.
S_ISUID, S_ISGID, S_ISVTX = 0o4000, 0o2000, 0o1000
S_ENFMT = S_ISGID
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# BSD st_flags bits (user-settable UF_*, superuser-settable SF_*).
UF_NODUMP, UF_IMMUTABLE, UF_APPEND, UF_OPAQUE = 0x1, 0x2, 0x4, 0x8
UF_NOUNLINK, UF_COMPRESSED, UF_HIDDEN = 0x10, 0x20, 0x8000
SF_ARCHIVED, SF_IMMUTABLE, SF_APPEND = 0x10000, 0x20000, 0x40000
SF_NOUNLINK, SF_SNAPSHOT = 0x100000, 0x200000

# Windows file attribute bits: CPython defines them on every platform; nothing here sets them.
FILE_ATTRIBUTE_READONLY, FILE_ATTRIBUTE_HIDDEN, FILE_ATTRIBUTE_SYSTEM = 1, 2, 4
FILE_ATTRIBUTE_DIRECTORY, FILE_ATTRIBUTE_ARCHIVE, FILE_ATTRIBUTE_DEVICE = 16, 32, 64
FILE_ATTRIBUTE_NORMAL, FILE_ATTRIBUTE_TEMPORARY = 128, 256
FILE_ATTRIBUTE_SPARSE_FILE, FILE_ATTRIBUTE_REPARSE_POINT = 512, 1024
FILE_ATTRIBUTE_COMPRESSED, FILE_ATTRIBUTE_OFFLINE = 2048, 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED, FILE_ATTRIBUTE_ENCRYPTED = 8192, 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM, FILE_ATTRIBUTE_VIRTUAL = 32768, 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072


def _as_mode_t(mode):
    """mode converted the way the C module converts to mode_t, with its error messages."""
    if not isinstance(mode, int):
        to_index = getattr(type(mode), '__index__', None)
        if to_index is None:
            raise TypeError('an integer is required')
        mode = to_index(mode)
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode >= 1 << 64:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if mode > 0xFFFFFFFF:
        raise OverflowError('mode out of range')
    return int(mode)


def S_IMODE(mode):
    """Return the portion of the file's mode that can be set by os.chmod()."""
    return _as_mode_t(mode) & 0o7777


def S_IFMT(mode):
    """Return the portion of the file's mode that describes the file type."""
    return _as_mode_t(mode) & _TYPE_BITS


def _type_test(type_code, what):
    # One predicate per file type; they differ only in the code they compare against.
    def test(mode):
        # A zero code names a type this system lacks: still validate mode, answer False.
        return (_as_mode_t(mode) & _TYPE_BITS == type_code) and type_code != 0
    test.__doc__ = 'Return True if mode is from ' + what + '.'
    return test


S_ISDIR = _type_test(S_IFDIR, 'a directory')
S_ISCHR = _type_test(S_IFCHR, 'a character special device file')
S_ISBLK = _type_test(S_IFBLK, 'a block special device file')
S_ISREG = _type_test(S_IFREG, 'a regular file')
S_ISFIFO = _type_test(S_IFIFO, 'a FIFO (named pipe)')
S_ISLNK = _type_test(S_IFLNK, 'a symbolic link')
S_ISSOCK = _type_test(S_IFSOCK, 'a socket')
S_ISDOOR = _type_test(0, 'a door')
S_ISPORT = _type_test(0, 'an event port')
S_ISWHT = _type_test(0, 'a whiteout')
for _name in ('S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK',
              'S_ISDOOR', 'S_ISPORT', 'S_ISWHT'):
    globals()[_name].__name__ = globals()[_name].__qualname__ = _name
del _name

_TYPE_LETTER = {S_IFREG: '-', S_IFDIR: 'd', S_IFLNK: 'l', S_IFCHR: 'c', S_IFBLK: 'b',
                S_IFIFO: 'p', S_IFSOCK: 's'}

# For each of owner, group, others: its r/w/x bits, the special bit that shares the x column,
# and the letter shown for that special bit (lower case when x is also set).
_PERMISSION_COLUMNS = ((S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's'),
                       (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's'),
                       (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't'))


def filemode(mode):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'."""
    mode = _as_mode_t(mode)
    out = _TYPE_LETTER.get(mode & _TYPE_BITS, '?')
    for r, w, x, special, letter in _PERMISSION_COLUMNS:
        out += 'r' if mode & r else '-'
        out += 'w' if mode & w else '-'
        if mode & special:
            out += letter if mode & x else letter.upper()
        else:
            out += 'x' if mode & x else '-'
    return out
