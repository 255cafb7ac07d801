# queue with threads: a pool of workers fed through a Queue (task_done/join), a bounded queue
# whose put() waits for a consumer, get() timeouts, and SimpleQueue/PriorityQueue/LifoQueue
# between threads.
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        results.put((item, item ** 2))
        tasks.task_done()


workers = [threading.Thread(target=worker, name=f'w{i}') for i in range(3)]
for w in workers:
    w.start()
for n in range(20):
    tasks.put(n)
tasks.join()
print('unfinished after join:', tasks.unfinished_tasks, tasks.qsize(), results.qsize())
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
collected = sorted(results.get_nowait() for _ in range(20))
print(collected[:3], collected[-1], results.empty(), [w.is_alive() for w in workers])

# A bounded queue: the producer's put() waits until the consumer makes room.
bounded = queue.Queue(maxsize=2)
log = []
log_lock = threading.Lock()


def producer():
    for i in range(6):
        bounded.put(i)
    bounded.put('end')


def consumer():
    while True:
        item = bounded.get()
        with log_lock:
            log.append(item)
        if item == 'end':
            return


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
p.join(0.05)
print('producer blocked on a full queue:', p.is_alive(), bounded.full(), bounded.qsize())
c.start()
p.join()
c.join()
print(log)

# Timeouts and non-blocking calls.
q = queue.Queue(1)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
q.put('x')
try:
    q.put('y', timeout=0.01)
except queue.Full:
    print('Full after timeout')
try:
    q.put_nowait('y')
except queue.Full:
    print('Full at once')
print(q.get(timeout=1), q.empty())
for bad in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)

# A get() that waits is ended by a put() from another thread.
waiting = queue.Queue()
got = []
g = threading.Thread(target=lambda: got.append(waiting.get()))
g.start()
g.join(0.02)
print('getter waiting:', g.is_alive(), got)
waiting.put('delivered')
g.join()
print(got)
try:
    waiting.task_done()
    waiting.task_done()
except ValueError as e:
    print('ValueError:', e)

# SimpleQueue across threads.
sq = queue.SimpleQueue()
out = []
t = threading.Thread(target=lambda: out.extend(sq.get() for _ in range(3)))
t.start()
for word in ('a', 'b', 'c'):
    sq.put(word)
t.join()
print(out, sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty after timeout')
try:
    sq.get(False, 5)
except queue.Empty:
    print('SimpleQueue Empty at once')
try:
    sq.get(True, -1)
except ValueError as e:
    print('ValueError:', e)

# PriorityQueue and LifoQueue filled by threads, drained in their order.
pq = queue.PriorityQueue()
lq = queue.LifoQueue()
fillers = [threading.Thread(target=lambda n=n: (pq.put((n % 3, n)), lq.put(n))) for n in range(6)]
for f in fillers:
    f.start()
for f in fillers:
    f.join()
print([pq.get()[0] for _ in range(6)], sorted(lq.get() for _ in range(6)))
lq.put(1)
lq.put(2)
print(lq.get(), lq.get())
