# os.environ, getenv/putenv, file-name encoding, fspath/PathLike, constants and small helpers.
import errno
import os

for key in ("PYJ_A", "PYJ_B", "PYJ_C"):
    os.environ.pop(key, None)
os.environ["PYJ_A"] = "alpha"
print(os.environ["PYJ_A"], os.getenv("PYJ_A"), os.getenv("PYJ_B"), os.getenv("PYJ_B", "dflt"))
print("PYJ_A" in os.environ, "PYJ_B" in os.environ, os.environ.get("PYJ_B", 0))
print(os.environ.setdefault("PYJ_B", "beta"), os.environ.setdefault("PYJ_B", "other"))
print(os.environb[b"PYJ_B"], os.getenvb(b"PYJ_A"), b"PYJ_A" in os.environb)
os.environb[b"PYJ_C"] = b"\xc3\xa9t\xc3\xa9"
print(os.environ["PYJ_C"], len(os.environ) == len(os.environb))
del os.environ["PYJ_A"]
print(os.getenv("PYJ_A"), os.environ.pop("PYJ_C"), "PYJ_C" in os.environ)
copy = os.environ.copy()
print(type(copy).__name__, copy["PYJ_B"], type(os.environ).__name__, isinstance(os.environ, dict))
merged = os.environ | {"PYJ_X": "x"}
print(type(merged).__name__, merged["PYJ_X"], "PYJ_X" in os.environ)
os.environ |= {"PYJ_A": "again"}
print(os.environ["PYJ_A"], sorted(k for k in os.environ if k.startswith("PYJ_")))
for bad in (lambda: os.environ["PYJ_MISSING"], lambda: os.environ.__setitem__("PYJ_N", 1),
            lambda: os.environ.__setitem__(2, "v"), lambda: os.environb.__setitem__("k", b"v"),
            lambda: os.putenv("A=B", "v"), lambda: os.putenv("", "v"), lambda: os.putenv("K", "a\0b"),
            lambda: os.unsetenv("X=Y"), lambda: os.environ.__delitem__("PYJ_NONE")):
    try:
        bad()
        print("no error")
    except (KeyError, TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
print(os.get_exec_path({"PATH": "/bin:/usr/local/bin"}), os.get_exec_path({}))
for key in ("PYJ_A", "PYJ_B"):
    del os.environ[key]

print(os.fsencode("caf\u00e9"), os.fsencode(b"raw"), os.fsdecode(b"caf\xc3\xa9"), ascii(os.fsdecode(b"\xff")))
print(os.fsencode("\udcff"), os.fspath("s"), os.fspath(b"b"))


class Where:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath(Where("x/y")), os.fsencode(Where("z")), isinstance(Where("a"), os.PathLike), issubclass(str, os.PathLike))
for bad in (lambda: os.fspath(3), lambda: os.fspath(Where(3)), lambda: os.fspath(None), lambda: os.stat(Where(4.5))):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in (lambda: os.stat([1]), lambda: os.listdir(3.0), lambda: os.mkdir(None), lambda: os.rename("a", 1),
            lambda: os.stat("a\0b"), lambda: os.stat(b"a\0b"), lambda: open("a\0b")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.devnull)
print(os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.path is __import__("posixpath"))
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.F_OK, os.R_OK)
print(os.strerror(errno.ENOENT), "|", os.strerror(errno.EACCES), "|", os.strerror(errno.ENOSPC), "|", os.strerror(99999))
print(type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1, len(os.urandom(32)), os.urandom(0))
print(len(set(os.urandom(8) for _ in range(20))) > 1, type(os.urandom(4)).__name__)
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
import sys
print("os.path" in sys.modules, sys.modules["os.path"] is os.path, os.stat_result.__name__, os.DirEntry.__name__)
