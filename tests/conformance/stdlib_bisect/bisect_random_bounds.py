import bisect, random
random.seed(5)
for trial in range(80):
    a = sorted(random.randint(0, 20) for _ in range(random.randint(0, 15)))
    x = random.randint(-2, 22)
    lo = random.randint(0, len(a))
    hi = random.choice([None, random.randint(lo, len(a))])
    r = (bisect.bisect_left(a, x, lo, hi), bisect.bisect_right(a, x, lo, hi),
         bisect.bisect_left(a, -x, lo, hi, key=lambda v: -v) if False else 0,
         bisect.bisect_right([(v, 'k') for v in a], x, lo, hi, key=lambda p: p[0]))
    print(trial, r)
    b = list(a); bisect.insort(b, x); c = list(a); bisect.insort_left(c, x, lo, hi)
    d = [(v,) for v in a]; bisect.insort_right(d, (x,), key=lambda t: t[0])
    print(b, c, d == sorted(d))
for args, kw in [(([1], 1, -1), {}), (([1], 1, 'a'), {}), (([1], 1, 0, 'b'), {}),
                 (([1], 1, 1.0), {}), (([1, 2, 3], 5, 0, 10), {}), (([1, 2], 1), {'hi': None}),
                 (([1, 2, 3], 2, 0, -1), {}), (([1, 2, 3], 2, 0, -5), {})]:
    for f in (bisect.bisect_left, bisect.bisect_right, bisect.insort_left):
        try:
            print(f.__name__, f(*args, **kw))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
