def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line
def parse(lines):
    for line in lines:
        k, _, v = line.partition("=")
        yield k.strip(), v.strip()
text = """
# config
name = pyjama   # inline
size= 42

mode =fast
"""
print(dict(parse(strip_comments(read_lines(text)))))
def windowed(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(windowed(range(6), 3)))
def running_avg():
    total, count, avg = 0, 0, None
    while True:
        v = yield avg
        total += v; count += 1
        avg = total / count
r = running_avg(); next(r)
print([r.send(v) for v in [10, 20, 60]])
