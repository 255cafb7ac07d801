# gmtime, ctime, mktime, asctime, strftime of random and extreme values; see differential.sh.
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
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
bigs = [2**31-1, -2**31, 2**31, -2**31-1, 2**63-1, -2**63, 2**63, 67768036191676799, 67768036191676800, -67768040609740800, -67768040609740801]
for k in range(N):
    r = rnd(6)
    if r == 0:
        secs = rnd(2**40) - 2**39
    elif r == 1:
        secs = (rnd(2**62) - 2**61) * pick([1, 3, 7, 16])
    elif r == 2:
        secs = pick(bigs) + rnd(5) - 2
    elif r == 3:
        secs = (rnd(2**40) - 2**39) / pick([1.0, 3.0, 7.5, 1e3])
    elif r == 4:
        secs = float(pick(bigs)) * pick([1, 0.999, 1.001])
    else:
        secs = rnd(4000000000) - 2000000000
    g = t(lambda: tuple(time.gmtime(secs)))
    c = t(lambda: time.ctime(secs))
    l = t(lambda: time.mktime(time.localtime(secs)))
    tup = (pick([2020, 1970, 1, 0, -1, 2**31-1, -2**31+1900, 1900, 12345]) + rnd(3) - 1,
           rnd(30) - 10, rnd(70) - 20, rnd(50) - 10, rnd(130) - 30, rnd(130) - 30, rnd(10) - 2, rnd(400) - 20, pick([0, 1, -1, 5]))
    m = t(lambda: time.mktime(tup))
    a = t(lambda: time.asctime(tup))
    s = t(lambda: time.strftime('%s|%Y|%j|%U|%W|%G|%V|%c', tup))
    print(k, secs, g, c, l, tup, m, a, s)
