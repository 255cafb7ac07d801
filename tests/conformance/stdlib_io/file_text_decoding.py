# Text files: encodings and error handlers, universal newlines in every newline mode,
# line iteration, tell()/seek() cookies (CPython's, including decoder state), readline limits.
import os

BASE = "/tmp/file_text_decoding"


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
os.mkdir(BASE)
os.chdir(BASE)

with open("mixed", "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r\n\xc3\xa9t\xc3\xa9\rlast")
for newline in (None, "", "\n", "\r", "\r\n"):
    with open("mixed", newline=newline) as f:
        lines = list(f)
        print(repr(newline), lines, repr(f.newlines))
    with open("mixed", newline=newline) as f:
        steps = []
        while True:
            chunk = f.read(3)
            if not chunk:
                break
            steps.append((chunk, f.tell()))
        print(steps)
    with open("mixed", newline=newline) as f:
        print([f.readline(2), f.readline(), f.tell(), f.readline(100), f.tell()])

with open("mixed", newline="") as f:
    marks = []
    for size in (2, 5, 1, 4, 3, 6):
        marks.append((f.tell(), f.read(size)))
    for cookie, text in marks:
        f.seek(cookie)
        print(f.read(len(text)) == text, end=" ")
    print()

with open("w", "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open("w", "a", newline="\r") as f:
    f.write("c\n")
with open("w", "a", newline="") as f:
    f.write("d\r\n")
print(open("w", "rb").read(), open("w").read().splitlines(), repr(open("w", newline="").read()))

with open("u", "wb") as f:
    f.write("é日本\U0001F600x".encode() + b"\xff\xe2\x82" + b"end")
for errors in ("replace", "ignore", "surrogateescape", "backslashreplace"):
    with open("u", errors=errors) as f:
        print(errors, ascii(f.read()), f.errors)
with open("u", errors="replace") as f:
    print([f.read(1), f.tell(), f.read(2), f.tell(), f.read(1), f.tell(), f.read(2), f.tell(), f.read()])
try:
    open("u").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
with open("u", encoding="latin-1") as f:
    print(ascii(f.read(6)), f.tell(), f.encoding)
try:
    open("u", encoding="ascii").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open("out", "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("café ☃")
with open("out", "w+", encoding="latin-1") as f:
    f.write("\xe9\xff")
    f.seek(0)
    print(ascii(f.read()), open("out", "rb").read())
try:
    with open("out", "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open("out", "w", encoding="UTF8") as f:
    print(repr(f), f.encoding)

with open("big", "w") as f:
    for i in range(3000):
        f.write(f"line {i} " + "é" * (i % 7) + "\r\n")
with open("big") as f:
    total = 0
    for line in f:
        total += len(line)
    print(total, f.tell())
with open("big") as f:
    f.readline()
    places = []
    for i in range(2000):
        places.append(f.tell())
        f.readline()
    f.seek(places[1234])
    print(repr(f.readline()), places[1234], places[-1])
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))
with open("big", newline="") as f:
    f.read(8190)
    print(f.tell(), repr(f.read(4)), f.tell())
with open("big") as f:
    next(f)
    try:
        f.tell()
    except OSError as e:
        print("OSError:", e)
    rest = f.read()
    try:
        f.tell()
    except OSError as e:
        print("still", e)
    print(f.seek(0), f.tell(), len(rest))
    for line in f:
        pass
    print(f.tell() == os.path.getsize("big"))
os.chdir("/")
rmtree(BASE)
