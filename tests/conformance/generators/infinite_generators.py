import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([x for x in itertools.takewhile(lambda v: v < 500, fib())])
g = naturals()
print([next(g) for _ in range(5)], next(g))
def take(n, it):
    for _ in range(n):
        yield next(it)
print(list(take(3, (c for c in "abcdef"))))
