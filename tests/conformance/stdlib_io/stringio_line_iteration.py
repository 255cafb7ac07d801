import io
src = io.StringIO("alpha\nbeta\n\ngamma")
for i, line in enumerate(src, 1):
    print(i, repr(line))
buf = io.StringIO()
for word in ["one", "two", "three"]:
    buf.write(word)
    buf.write("\n")
print(buf.getvalue().splitlines(), buf.tell(), len(buf.getvalue()))
buf.seek(4)
print(repr(buf.readline()), repr(buf.read(2)), buf.tell())
print(io.StringIO("x").read(0), repr(io.StringIO("").readline()), io.StringIO("a\nb").readlines(1))
