# stat: mode predicates, filemode() over every type and special-bit combination, argument errors.
import stat

names = sorted(n for n in dir(stat) if not n.startswith("_") and n.startswith(('S_', 'ST_', 'UF_', 'SF_', 'FILE_')))
for n in names:
    v = getattr(stat, n)
    print(n, v if isinstance(v, int) else v.__name__)

types = [stat.S_IFREG, stat.S_IFDIR, stat.S_IFLNK, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFIFO,
         stat.S_IFSOCK, 0, 0o170000, 0o030000]
preds = ['S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK',
         'S_ISDOOR', 'S_ISPORT', 'S_ISWHT']
for t in types:
    print(oct(t), [p for p in preds if getattr(stat, p)(t | 0o644)],
          stat.S_IFMT(t | 0o7777) == t, oct(stat.S_IMODE(t | 0o7777)))

for t in types[:8]:
    for special in (0, 0o4000, 0o2000, 0o1000, 0o7000):
        for perm in (0, 0o777, 0o755, 0o111, 0o640, 0o001):
            print(stat.filemode(t | special | perm), end=' ')
    print()

print(stat.filemode(True), stat.S_ISDIR(True))
for bad in (-1, 1 << 32, 1 << 64, 1.5, '7', None):
    for fn in (stat.filemode, stat.S_IMODE, stat.S_IFMT, stat.S_ISREG, stat.S_ISDOOR):
        try:
            print(fn(bad))
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
