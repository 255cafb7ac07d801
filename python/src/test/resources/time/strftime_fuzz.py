# Random strftime formats (flags, widths, modifiers) over random tuples; see differential.sh.
import time, sys
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
state = seed
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
def pick(seq):
    return seq[rnd(len(seq))]
letters = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%qQfEO+:#1 "
flags = ["", "", "", "_", "-", "0", "^", "#", "^#", "_^", "-#", "0_"]
widths = ["", "", "", "1", "2", "3", "5", "8", "10", "0", "05", "12"]
mods = ["", "", "", "", "E", "O"]
years = [2020, 1970, 1900, 1, 0, -1, -5, -99, -100, -101, 99, 100, 999, 1000, 9999, 10000, 12345, -12345, 2**31-1, -2**31+1900, 1899, 2000, 2100, 1600, 2004]
def rand_tuple():
    y = pick(years) if rnd(3) else rnd(4000) - 1000
    mon = rnd(13)
    mday = rnd(32)
    hour = rnd(24); mi = rnd(60); sec = rnd(62)
    wday = rnd(7) if rnd(5) else pick([-1, -8, 7, 100, -15])
    yday = rnd(367)
    isdst = pick([0, 0, 0, 1, -1, 2, -5])
    return (y, mon, mday, hour, mi, sec, wday, yday, isdst)
def rand_fmt():
    parts = []
    for _ in range(1 + rnd(4)):
        r = rnd(10)
        if r == 0:
            parts.append(pick(["x", " ", "é", "%%", "-", "😀"]))
        else:
            parts.append("%" + pick(flags) + pick(widths) + pick(mods) + pick(letters))
    if rnd(20) == 0:
        parts.append("%" + pick(["", "_", "5", "E", "#", "^1"]))
    return "".join(parts)
for k in range(N):
    if rnd(4) == 0:
        z = pick([None, "GMT", "UTC", "", "ABC", "xY"])
        off = pick([0, 3600, -3600, -19793, 3600*99, 2**40, -2**31, 45])
        tup = time.struct_time(rand_tuple() + (z, off))
    else:
        tup = rand_tuple()
    fmt = rand_fmt()
    try:
        r = repr(time.strftime(fmt, tup))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(k, repr(fmt), tuple(tup), r)
