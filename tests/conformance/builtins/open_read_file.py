with open(__file__, "r", encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[0].rstrip())
with open(__file__, "rb") as f:
    head = f.read(10)
print(head, type(head).__name__)
f = open(__file__)
print(f.readline().rstrip(), f.mode, f.closed)
f.close()
print(f.closed)
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    open(__file__, "zz")
except ValueError as e:
    print("ValueError:", e)
