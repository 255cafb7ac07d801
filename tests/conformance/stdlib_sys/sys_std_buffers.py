# The binary layer under the standard streams: sys.stdout.buffer and friends.
import sys

# (the type of stdout's buffer is FileIO under python -u, BufferedWriter otherwise: not printed)
print(sys.stdout.buffer.name, sys.stdout.buffer.mode)
print(type(sys.stdin.buffer).__name__, sys.stdin.buffer.name, sys.stdin.buffer.mode)
print(sys.stderr.buffer.name, sys.stderr.buffer.fileno())
print(sys.stdout.buffer is sys.stdout.buffer)
print(sys.stdout.buffer.writable(), sys.stdout.buffer.readable(), sys.stdin.buffer.readable())
sys.stdout.flush()

# bytes, bytearray and memoryview are all written; the count is of bytes
n = sys.stdout.buffer.write(b"bytes line\n")
n2 = sys.stdout.buffer.write(bytearray(b"bytearray line\n"))
n3 = sys.stdout.buffer.write(memoryview(b"memoryview line\n"))
sys.stdout.buffer.flush()
print(n, n2, n3)

# UTF-8 text as bytes, including a character split across two writes
e = "caf\u00e9 \u20ac \U0001f600\n".encode()
sys.stdout.buffer.write(e[:4])
sys.stdout.buffer.write(e[4:9])
sys.stdout.buffer.write(e[9:])
sys.stdout.buffer.flush()

for bad in ("text", 42, None):
    try:
        sys.stdout.buffer.write(bad)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    sys.stdout.write(b"x")
except TypeError as exc:
    print("TypeError:", exc)
print("done")
