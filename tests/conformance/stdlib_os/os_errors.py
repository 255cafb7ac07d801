# File-system failures: the OSError subclass, errno, strerror and filename(s) CPython gives.
import errno
import os

BASE = "/tmp/os_errors"


def rmtree(top):
    if not os.path.lexists(top):
        return
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(top)


def attempt(label, call):
    try:
        call()
        print(label, "ok")
    except OSError as e:
        print(label, type(e).__name__, errno.errorcode[e.errno], repr(e.strerror), repr(e.filename), repr(e.filename2))
        print("   ", e, "|", e.args)


rmtree(BASE)
os.mkdir(BASE)
os.chdir(BASE)
os.mkdir("dir")
os.mkdir("full")
with open("full/f", "w") as f:
    f.write("data")
with open("file", "w") as f:
    f.write("x")

attempt("stat missing", lambda: os.stat("missing"))
attempt("stat bytes", lambda: os.stat(b"missing"))
attempt("stat through file", lambda: os.stat("file/x"))
attempt("stat slash", lambda: os.stat("file/"))
attempt("lstat missing", lambda: os.lstat("nope/deeper"))
attempt("mkdir exists", lambda: os.mkdir("dir"))
attempt("mkdir file", lambda: os.mkdir("file"))
attempt("mkdir no parent", lambda: os.mkdir("missing/sub"))
attempt("mkdir under file", lambda: os.mkdir("file/sub"))
attempt("makedirs exists", lambda: os.makedirs("dir"))
attempt("makedirs over file", lambda: os.makedirs("file", exist_ok=True))
attempt("rmdir not empty", lambda: os.rmdir("full"))
attempt("rmdir file", lambda: os.rmdir("file"))
attempt("rmdir missing", lambda: os.rmdir("missing"))
attempt("rmdir dot", lambda: os.rmdir("dir/."))
attempt("remove dir", lambda: os.remove("dir"))
attempt("unlink missing", lambda: os.unlink("missing"))
attempt("listdir file", lambda: os.listdir("file"))
attempt("listdir missing", lambda: os.listdir("missing"))
attempt("scandir missing", lambda: os.scandir("missing"))
attempt("chdir file", lambda: os.chdir("file"))
attempt("chdir missing", lambda: os.chdir("missing"))
attempt("rename missing", lambda: os.rename("missing", "other"))
attempt("rename dir over file", lambda: os.rename("dir", "file"))
attempt("rename file over dir", lambda: os.rename("file", "dir"))
attempt("rename over full", lambda: os.rename("dir", "full"))
attempt("rename into itself", lambda: os.rename("dir", "dir/inside"))
attempt("replace missing", lambda: os.replace("missing", b"other"))
attempt("truncate missing", lambda: os.truncate("missing", 0))
attempt("truncate dir", lambda: os.truncate("dir", 0))
attempt("truncate negative", lambda: os.truncate("file", -1))
attempt("utime missing", lambda: os.utime("missing"))
attempt("chmod missing", lambda: os.chmod("missing", 0o644))
attempt("readlink file", lambda: os.readlink("file"))
attempt("open missing", lambda: open("missing"))
attempt("open dir", lambda: open("dir"))
attempt("open dir for writing", lambda: open("dir", "w"))
attempt("open through file", lambda: open("file/x"))
attempt("open slash", lambda: open("file/"))
attempt("create slash", lambda: open("new/", "w"))
attempt("create exists", lambda: open("file", "x"))
attempt("create no parent", lambda: open("missing/new", "w"))
attempt("open empty name", lambda: open(""))
attempt("os.open missing", lambda: os.open("missing", os.O_RDONLY))
attempt("os.open excl", lambda: os.open("file", os.O_WRONLY | os.O_CREAT | os.O_EXCL))
attempt("os.open directory flag", lambda: os.open("file", os.O_RDONLY | os.O_DIRECTORY))
fd = os.open("file", os.O_RDONLY)
os.close(fd)
attempt("close twice", lambda: os.close(fd))
attempt("read closed", lambda: os.read(fd, 1))
attempt("fstat closed", lambda: os.fstat(fd))
fd = os.open("file", os.O_RDONLY)
attempt("write read-only", lambda: os.write(fd, b"x"))
attempt("lseek negative", lambda: os.lseek(fd, -5, os.SEEK_SET))
attempt("lseek bad whence", lambda: os.lseek(fd, 0, 7))
os.close(fd)
for code in (errno.ENOENT, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.ENOTEMPTY, errno.EINVAL, errno.EBADF):
    print(code, os.strerror(code))
print(os.strerror(1234))

os.chdir("/")
rmtree(BASE)
