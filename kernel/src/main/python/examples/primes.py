"""Prime numbers up to N, with the sieve of Eratosthenes.

Usage: primes.py N
Prints how many primes there are up to N, then the primes, ten to a line.
Try: primes.py 100    or, for a little work:    primes.py 1000000 | tail -n 1
"""

import sys


def sieve(n):
    """The primes <= n, in order.

    One byte per number says "still possibly prime". For each prime p we strike out its
    multiples, starting at p*p: the smaller ones were struck out by smaller primes already.
    """
    if n < 2:
        return []
    candidate = bytearray([1]) * (n + 1)
    candidate[0] = candidate[1] = 0
    p = 2
    while p * p <= n:
        if candidate[p]:
            # A slice assignment strikes every multiple at once, far faster than a loop.
            count = len(range(p * p, n + 1, p))
            candidate[p * p::p] = bytes(count)
        p += 1
    return [i for i, flag in enumerate(candidate) if flag]


def main():
    # argv holds the arguments after the program's name (sys.argv[1:] in other Pythons).
    if len(argv) != 1 or not argv[0].isdigit():
        print('usage: primes.py N   (N a whole number, e.g. primes.py 100)', file=sys.stderr)
        sys.exit(2)
    n = int(argv[0])
    primes = sieve(n)
    print(f'{len(primes)} primes up to {n}')
    width = len(str(n))
    for start in range(0, len(primes), 10):
        print(' '.join(str(p).rjust(width) for p in primes[start:start + 10]))


main()
