import io
with io.StringIO("line1\nline2\n") as f:
    print(f.readline().strip(), f.read().strip(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(__file__, encoding="utf-8") as src:
    first = src.readline()
print(first.rstrip(), src.closed)
