# Directories and names: mkdir/makedirs, listdir, scandir, rename/replace, remove, walk.
import os
import stat

BASE = "/tmp/os_directories"


def rmtree(top):
    if not os.path.lexists(top):
        return
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(top)


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


rmtree(BASE)
os.mkdir(BASE)
os.chdir(BASE)
print(os.getcwd(), os.listdir())

os.mkdir("a")
os.makedirs("a/b/c")
os.makedirs("a/b/c", exist_ok=True)
os.makedirs("x/y/", exist_ok=False)
write("a/one.txt", "1")
write("a/b/two.txt", "22")
print(sorted(os.listdir("a")), sorted(os.listdir(".")), os.listdir("a/b/c"))
print(sorted(os.listdir(b"a")), type(os.listdir(BASE)[0]).__name__)

with os.scandir("a") as it:
    for entry in sorted(it, key=lambda e: e.name):
        info = entry.stat()
        print(repr(entry), entry.name, entry.path, entry.is_dir(), entry.is_file(), entry.is_symlink(),
              stat.S_ISDIR(info.st_mode), entry.inode() == info.st_ino, os.fspath(entry))
print([(e.name, e.path) for e in os.scandir(b"a/b") if e.is_file()])
print(sorted(e.name for e in os.scandir()))
it = os.scandir("a")
it.close()
print(list(it))

os.rename("a/one.txt", "a/uno.txt")
write("a/dos.txt", "dos")
os.replace("a/dos.txt", "a/uno.txt")
print(sorted(os.listdir("a")), open("a/uno.txt").read())
os.rename("x/y", "a/y")
print(sorted(os.listdir("a")), os.listdir("x"))
os.renames("a/b/two.txt", "deep/er/two.txt")
print(sorted(os.listdir(".")), os.listdir("deep/er"), sorted(os.listdir("a/b")))

for top, dirs, files in os.walk("."):
    dirs.sort()
    print("down", top, dirs, sorted(files))
bottom_up = list(os.walk("a", topdown=False))
order = [top for top, dirs, files in bottom_up]
print("up", sorted((top, sorted(dirs), sorted(files)) for top, dirs, files in bottom_up))
print("children first", all(order.index(os.path.join(top, d)) < order.index(top) for top, dirs, _ in bottom_up for d in dirs))
for top, dirs, files in os.walk("."):
    if "a" in dirs:
        dirs.remove("a")
    dirs.sort()
    print("pruned", top, dirs)
errors = []
print(list(os.walk("missing", onerror=errors.append)), [(type(e).__name__, e.filename) for e in errors])
print(list(os.walk(b"deep")))

os.remove("deep/er/two.txt")
os.removedirs("deep/er")
os.unlink("a/uno.txt")
os.rmdir("a/y")
print(sorted(os.listdir(".")), os.path.exists("deep"))

os.chdir("a")
print(os.getcwd(), sorted(os.listdir("..")), os.path.abspath("z"))
os.chdir("..")
print(os.getcwd() == BASE, os.getcwdb() == os.fsencode(BASE))
os.chdir("/")
rmtree(BASE)
print(os.path.exists(BASE))
