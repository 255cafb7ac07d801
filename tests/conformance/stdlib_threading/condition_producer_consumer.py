# Condition variables: a bounded buffer between producer and consumer threads, wait_for,
# notify/notify_all, wait timeouts, and the errors of using a condition without its lock.
import re
import threading

buffer = []
CAPACITY = 2
cond = threading.Condition()
consumed = []


def producer(items):
    for item in items:
        with cond:
            cond.wait_for(lambda: len(buffer) < CAPACITY)
            buffer.append(item)
            cond.notify_all()
    with cond:
        cond.wait_for(lambda: len(buffer) < CAPACITY)
        buffer.append(None)
        cond.notify_all()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: buffer)
            item = buffer.pop(0)
            cond.notify_all()
        if item is None:
            return
        consumed.append(item * item)


p = threading.Thread(target=producer, args=(range(10),))
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
c.join()
print(consumed, buffer)

# wait() with a timeout and nobody to notify returns False; wait_for returns the predicate.
with cond:
    print(cond.wait(0.01), cond.wait(0), cond.wait_for(lambda: 0, 0.01), cond.wait_for(lambda: 'x'))

# notify(n) wakes exactly n waiters; notify_all the rest. Each sleeper says it arrived while
# holding the lock, which it gives up only inside wait(): once the main thread has seen all four
# arrivals and holds the lock, all four are waiting.
cv = threading.Condition(threading.Lock())
arrived = threading.Semaphore(0)
left = threading.Semaphore(0)
woken = []


def sleeper(i):
    with cv:
        arrived.release()
        cv.wait()
        woken.append(i)
    left.release()


sleepers = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for s in sleepers:
    s.start()
for _ in sleepers:
    arrived.acquire()
with cv:
    print(re.sub(r'0x[0-9a-f]+', '0x...', repr(cv)))
    cv.notify(2)
left.acquire()
left.acquire()
with cv:
    print('after notify(2):', len(woken), len(cv._waiters))
    cv.notify_all()
for s in sleepers:
    s.join()
print('after notify_all:', sorted(woken), len(cv._waiters))
with cv:
    cv.notify()     # nobody waiting: nothing happens
    cv.notify(5)

# Without the lock.
for action in (cv.wait, cv.notify, cv.notify_all):
    try:
        action()
    except RuntimeError as e:
        print('RuntimeError:', e)

# The default lock is an RLock, held recursively while waiting.
rc = threading.Condition()
ready = threading.Event()


def holder():
    with rc:
        ready.set()
        rc.wait_for(lambda: flag)


flag = False
h = threading.Thread(target=holder)
h.start()
ready.wait()
with rc:
    with rc:
        flag = True
        rc.notify()
h.join()
print('recursive condition ok', rc.acquire(False))
rc.release()
