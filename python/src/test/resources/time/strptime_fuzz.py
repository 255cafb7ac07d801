# Random strptime formats and data built from them; see differential.sh.
import time, sys
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
state = seed
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
def pick(seq):
    return seq[rnd(len(seq))]
dirs = "aAbBcdfGHIjmMpSUwuVWyYzZxX%"
seps = [" ", "-", "/", ":", "", "  ", "T", ".", "\t"]
def rand_fmt():
    n = 1 + rnd(5)
    return pick(seps).join("%" + pick(dirs) for _ in range(n)) + pick(["", "", "", "", "", "", " x", "%"])
zones = ["UTC", "GMT", "utc", "EST", "+0130", "-05:00", "Z", "+01:30:15", "-0000", "+013015.123"]
def rand_value(d, tm):
    r = rnd(8)
    if d == 'z':
        return pick(["+0130", "-05:00", "Z", "+01:30:15", "-0000", "+013015.123", "+01:3015", "+99"])
    if d == 'Z':
        return pick(["UTC", "GMT", "utc", "EST", "Gmt"])
    if d == 'f':
        return pick(["0", "5", "123456", "1234567", "000001"])
    if r == 0:
        return pick(["0", "00", "99", "366", "53", "13", "32", "7", "12", "1", "9999", "0000", "60", "61", "Sept", "xx"])
    return time.strftime("%" + d, tm)
for k in range(N):
    y = pick([1900, 1904, 2000, 2020, 2021, 1, 9999, 1999, 2004, 1970, 2100]) if rnd(2) else 1000 + rnd(9000)
    tm = time.gmtime(0)
    tup = (y, 1 + rnd(12), 1 + rnd(28), rnd(24), rnd(60), rnd(60), rnd(7), 1 + rnd(365), 0)
    fmt = rand_fmt()
    # build a data string: walk the format
    out = []
    i = 0
    while i < len(fmt):
        if fmt[i] == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            out.append(rand_value(d, tup))
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    data = "".join(out)
    if rnd(10) == 0:
        data = data.upper()
    if rnd(15) == 0:
        data = " " + data
    try:
        st = time.strptime(data, fmt)
        r = repr(tuple(st)) + " " + repr(st.tm_zone) + " " + repr(st.tm_gmtoff)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(k, repr(fmt), repr(data), r)
