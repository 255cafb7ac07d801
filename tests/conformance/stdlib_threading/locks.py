# Lock and RLock: acquire/release semantics, timeouts, ownership, errors and reprs.
# RLOCK_REPR (this program prints an RLock's repr, the C type's)
import re
import threading


def masked(obj):
    return re.sub(r'0x[0-9a-f]+', '0x...', re.sub(r'owner=\d+', 'owner=N', repr(obj)))


lock = threading.Lock()
print(masked(lock), lock.locked())
print(lock.acquire(), lock.locked(), masked(lock))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e, isinstance(e, threading.ThreadError))
print(threading.ThreadError is RuntimeError)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print('ValueError:', e)
with lock:
    print('in with:', lock.locked())
print('after with:', lock.locked())

# A Lock may be released by another thread than the one that acquired it.
lock.acquire()
other = threading.Thread(target=lock.release)
other.start()
other.join()
print('released by another thread:', lock.locked())

# A held lock blocks another thread until released.
held = threading.Lock()
held.acquire()
results = []
started = threading.Event()


def contender():
    started.set()
    results.append(('try', held.acquire(False)))
    results.append(('wait', held.acquire()))
    held.release()


c = threading.Thread(target=contender)
c.start()
started.wait()
c.join(0.05)
print(results, c.is_alive())
held.release()
c.join()
print(results, held.locked())

# RLock: reentrant for its owner, refused to others.
rl = threading.RLock()
print(masked(rl))
print(rl.acquire(), rl.acquire(), rl._is_owned(), rl._recursion_count())
print(masked(rl))
seen = []


def outsider():
    seen.append(rl.acquire(False))
    seen.append(rl._is_owned())
    seen.append(rl._recursion_count())
    try:
        rl.release()
    except RuntimeError as e:
        seen.append(str(e))


o = threading.Thread(target=outsider)
o.start()
o.join()
print(seen)
rl.release()
print(rl._recursion_count(), masked(rl))
rl.release()
print(rl._is_owned(), masked(rl))
try:
    rl.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with rl:
    with rl:
        print('nested with:', rl._recursion_count())
print(rl._recursion_count())

# An RLock released by its owner lets a waiting thread in.
rl.acquire()
order = []


def waiter():
    with rl:
        order.append('waiter got it')


wt = threading.Thread(target=waiter)
wt.start()
wt.join(0.05)
order.append('owner releases')
rl.release()
wt.join()
print(order)
print(threading.TIMEOUT_MAX > 1000, type(threading.TIMEOUT_MAX).__name__)
print(threading.stack_size())
