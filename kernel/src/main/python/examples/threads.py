"""Threads on Pyjama: preemptive, and waiting costs no CPU.

Usage: threads.py [WORKERS]
Starts WORKERS (default 3) threads that each count primes in a slice of numbers without ever
yielding: the kernel preempts them every 10 ms, so they finish side by side. Their results
travel through a queue.Queue to the main thread; a Lock guards a shared counter; an Event tells
a waiting thread when all the work is in. While it runs, `ps` in another shell shows the
threads as tasks.
"""

import queue
import threading
import time


def count_primes(lo, hi):
    """How many primes in [lo, hi): trial division, deliberately plain CPU work."""
    found = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            found += 1
    return found


def main(workers):
    results = queue.Queue()
    done = threading.Event()
    lock = threading.Lock()
    finished = [0]

    def worker(index, lo, hi):
        results.put((index, lo, hi, count_primes(lo, hi)))
        with lock:
            finished[0] += 1
            if finished[0] == workers:
                done.set()

    def reporter():
        done.wait()
        print('reporter: all', workers, 'workers are done')

    step = 20000
    threads = [threading.Thread(target=worker, args=(i, i * step, (i + 1) * step), name='primes-%d' % i)
               for i in range(workers)]
    watcher = threading.Thread(target=reporter, name='reporter')
    started = time.monotonic()
    watcher.start()
    for t in threads:
        t.start()
    print('started', ', '.join(t.name for t in threads), '- each computes without yielding')
    rows = sorted(results.get() for _ in threads)
    for index, lo, hi, count in rows:
        print('primes-%d: %d primes in [%d, %d)' % (index, count, lo, hi))
    for t in threads + [watcher]:
        t.join()
    print('total %d primes below %d in %.2f s' % (sum(r[3] for r in rows), workers * step,
                                                  time.monotonic() - started))


if __name__ == '__main__':
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    main(n)
