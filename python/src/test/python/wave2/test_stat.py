# Differential tests of stat.
import os
from harness import load, check

S = load('stat')
names = sorted(n for n in dir(S) if n.isupper() or n.startswith(('S_', 'ST_', 'UF_', 'SF_', 'FILE_')))
check('names', lambda: names)
for n in names:
    check(n, lambda: getattr(S, n) if not callable(getattr(S, n)) else 'callable')
modes = [0, 0o777, 0o644 | S.S_IFREG, 0o755 | S.S_IFDIR, S.S_IFLNK | 0o777, S.S_IFSOCK, S.S_IFBLK | 0o660,
         S.S_IFCHR | 0o620, S.S_IFIFO | 0o600, 0o7777 | S.S_IFREG, 0o4755 | S.S_IFREG, 0o2710 | S.S_IFDIR,
         0o1777 | S.S_IFDIR, 0o6000, 0o1000, 0o170000, 0o160000, 0xFFFFFFFF, True, 2**31]
funcs = ['S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT',
         'S_ISWHT', 'S_IMODE', 'S_IFMT', 'filemode']
for m in modes:
    for f in funcs:
        check(f'{f}({m!r})', lambda: getattr(S, f)(m))
for bad in [-1, 2**32, 2**40, 2**64, 2**70, 'x', 1.5, None]:
    for f in funcs:
        check(f'{f}({bad!r})', lambda: getattr(S, f)(bad))
for p in ['/', '/tmp', '/dev/null', '/etc/passwd']:
    st = os.stat(p)
    check(f'filemode({p})', lambda: (S.filemode(st.st_mode), S.S_ISDIR(st[S.ST_MODE]), S.S_IMODE(st.st_mode)))
