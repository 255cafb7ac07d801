# stat results and os.path on real files: sizes, types, times set with utime, path helpers.
import os
import stat

BASE = "/tmp/os_stat_and_path"


def rmtree(top):
    if not os.path.lexists(top):
        return
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(top)


rmtree(BASE)
os.makedirs(BASE + "/sub")
os.chdir(BASE)
with open("data.bin", "wb") as f:
    f.write(bytes(range(256)) * 3)

st = os.stat("data.bin")
print(type(st).__name__, len(st), isinstance(st, tuple), st.st_size, st[stat.ST_SIZE], st[6])
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_IFMT(st.st_mode) == stat.S_IFREG)
print(stat.S_ISDIR(os.stat("sub").st_mode), stat.S_ISDIR(os.lstat(".").st_mode), os.stat("sub").st_size >= 0)
print(st.st_ino == os.stat(BASE + "/data.bin").st_ino, st.st_dev == os.stat("sub").st_dev, st.st_nlink)
print(tuple(st)[:1] == (st.st_mode,), st[-1] == st.st_ctime // 1, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int))

os.utime("data.bin", (1_000_000_000, 1_234_567_890))
st = os.stat("data.bin")
print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
os.utime("data.bin", ns=(1_500_000_000_250_000_000, 1_600_000_000_999_999_999))
st = os.stat("data.bin")
print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime, st[stat.ST_MTIME])
os.utime("data.bin", (1.75, 2.5))
print(os.stat("data.bin").st_atime_ns, os.stat("data.bin").st_mtime_ns)
print(os.path.getmtime("data.bin"), os.path.getatime("data.bin"), os.path.getsize("data.bin"))
os.utime("data.bin", (0.0, 86400.000000001))
print(os.stat("data.bin").st_atime, os.stat("data.bin").st_mtime_ns, os.stat("data.bin").st_mtime)

os.chmod("data.bin", 0o640)
print(oct(stat.S_IMODE(os.stat("data.bin").st_mode)), stat.filemode(os.stat("data.bin").st_mode))
os.chmod("sub", 0o751)
print(stat.filemode(os.stat("sub").st_mode))
os.chmod("data.bin", 0o644)

os.truncate("data.bin", 10)
print(os.path.getsize("data.bin"), open("data.bin", "rb").read())
os.truncate("data.bin", 12)
print(open("data.bin", "rb").read())

print(os.path.exists("data.bin"), os.path.exists("nope"), os.path.lexists("sub"), os.path.isdir("sub"), os.path.isfile("sub"))
print(os.path.isfile("data.bin"), os.path.isdir("data.bin/x"), os.path.islink("data.bin"), os.path.ismount("sub"))
print(os.path.samefile("data.bin", "sub/../data.bin"), os.path.samestat(os.stat("sub"), os.stat("./sub/")))
print(os.path.abspath("sub/../x"), os.path.realpath("sub/./.."), os.path.relpath(BASE + "/sub/deep", BASE))
print(os.path.relpath("sub"), os.path.normpath("a//b/./../c"), os.path.join(BASE, "sub", "f"))
print(os.path.split(BASE + "/data.bin"), os.path.splitext("data.bin"), os.path.basename(BASE), os.path.dirname(BASE + "/x"))
print(os.path.commonpath([BASE + "/sub", BASE + "/data.bin"]), os.path.commonprefix(["/tmp/ab", "/tmp/ac"]))
os.environ["HOME"] = "/home/tester"
os.environ["WHERE"] = "here"
print(os.path.expanduser("~/notes"), os.path.expanduser("~"), os.path.expandvars("$WHERE/${WHERE}/$NOPE_NOT_SET"))
print(os.path.getsize(b"data.bin"), os.path.exists(b"sub"), os.path.abspath(b"x")[-2:])
try:
    os.path.getsize("nope")
except OSError as e:
    print(type(e).__name__, e)

print(repr(os.stat_result((33188, 1, 2, 1, 0, 0, 10, 100, 200, 300))))
r = os.stat_result(range(10, 23))
print(r.st_mode, r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r[9], r.st_blksize)
try:
    os.stat_result((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)

os.chdir("/")
rmtree(BASE)
