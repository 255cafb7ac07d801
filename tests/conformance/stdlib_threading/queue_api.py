# queue: blocking, timeouts, ordering variants, task tracking and error messages.
import queue
import threading

q = queue.Queue(2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put(1); q.put_nowait(2)
print(q.qsize(), q.empty(), q.full(), list(q.queue))
try:
    q.put_nowait(3)
except queue.Full as e:
    print('Full', repr(e))
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print('Full after timeout')
try:
    q.put(3, timeout=-1)
except ValueError as e:
    print('ValueError', e)
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
for bad in (-1, -0.5):
    try:
        q.get(timeout=bad)
    except ValueError as e:
        print('ValueError', e)
u = queue.Queue()
u.put('x', timeout=-1)            # unbounded: never waits, never checks the timeout
print(u.get(False), u.unfinished_tasks)
u.task_done()
try:
    u.task_done()
except ValueError as e:
    print('ValueError', e)

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for n in (3, 1, 4, 1, 5, 9, 2, 6):
    lifo.put(n)
    prio.put((n, str(n)))
print([lifo.get() for _ in range(8)])
print([prio.get()[0] for _ in range(8)])

# A worker drains the queue; join() waits for task_done of every item.
work = queue.Queue(3)
done = []
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        done.append(item * item)
        work.task_done()
t = threading.Thread(target=worker)
t.start()
for i in range(10):
    work.put(i)              # blocks while 3 items wait
work.put(None)
work.join()
t.join()
print(done, work.unfinished_tasks)

# A blocked get() is woken by another thread's put().
box = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(box.get(timeout=5)))
t.start()
box.put('hello')
t.join()
print(got)

s = queue.SimpleQueue()
print(type(s).__module__, type(s).__name__, s.empty(), s.qsize())
s.put(1); s.put_nowait(2); s.put(3, block=False, timeout=-4)
print(s.qsize(), s.get(), s.get_nowait(), s.get(False, -1), s.empty())
try:
    s.get(timeout=0.01)
except queue.Empty:
    print('Empty')
try:
    s.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)
print(queue.Queue[int], queue.SimpleQueue[str], queue.PriorityQueue[int])
print(sorted(queue.__all__))
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.Empty, Exception))
