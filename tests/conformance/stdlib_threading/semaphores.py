# Semaphore and BoundedSemaphore: counting, timeouts, errors, reprs, and a semaphore bounding
# how many worker threads are inside a section at once.
import re
import threading


def masked(obj):
    return re.sub(r'0x[0-9a-f]+', '0x...', repr(obj))


s = threading.Semaphore(2)
print(masked(s))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), masked(s))
s.release()
print(masked(s))
s.release(3)
print(masked(s))
with s:
    print('inside:', masked(s))
print(masked(threading.Semaphore()), masked(threading.Semaphore(0)))

for bad in (lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1),
            lambda: s.release(0), lambda: threading.BoundedSemaphore(-2)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)

b = threading.BoundedSemaphore(2)
print(masked(b))
b.acquire()
print(masked(b))
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e, masked(b))
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print('ValueError:', e)
b.release(2)
print(masked(b))


class MySemaphore(threading.Semaphore):
    pass


print(masked(MySemaphore(3)))

# A Semaphore(0) as a signal: release() in one thread ends acquire() in another.
signal = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(signal.acquire()))
t.start()
t.join(0.02)
print('before release:', got, t.is_alive())
signal.release()
t.join()
print('after release:', got)

# At most two workers inside the guarded section at any time; all eight get in eventually.
guard = threading.BoundedSemaphore(2)
count_lock = threading.Lock()
inside = 0
most = 0
done = []


def worker(i):
    global inside, most
    with guard:
        with count_lock:
            inside += 1
            most = max(most, inside)
        total = sum(range(20000))
        with count_lock:
            inside -= 1
            done.append((i, total))


workers = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(done)[:2], len(done), most <= 2, inside, masked(guard))

# release(n) wakes n waiters.
pool = threading.Semaphore(0)
entered = []
entered_lock = threading.Lock()


def taker(i):
    pool.acquire()
    with entered_lock:
        entered.append(i)


takers = [threading.Thread(target=taker, args=(i,)) for i in range(3)]
for t in takers:
    t.start()
pool.release(3)
for t in takers:
    t.join()
print(sorted(entered), masked(pool))
