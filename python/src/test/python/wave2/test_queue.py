# Differential tests of queue (single-threaded use).
from harness import load, check

Q = load('queue')


def drain(q):
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    return out


for label, f in [
    ('fifo', lambda: (lambda q: ([q.put(i) for i in (3, 1, 2)], q.qsize(), q.full(), drain(q), q.empty()))(Q.Queue())),
    ('lifo', lambda: (lambda q: ([q.put(i) for i in (3, 1, 2)], drain(q)))(Q.LifoQueue())),
    ('priority', lambda: (lambda q: ([q.put(i) for i in (3, 1, 2, 0, 5)], drain(q)))(Q.PriorityQueue())),
    ('priority tuples', lambda: (lambda q: ([q.put(i) for i in [(2, 'b'), (1, 'z'), (1, 'a')]], drain(q)))(Q.PriorityQueue())),
    ('simple', lambda: (lambda q: ([q.put(i) for i in 'abc'], q.qsize(), q.get(), q.get_nowait(), q.empty(), q.get(timeout=0.01), q.empty()))(Q.SimpleQueue())),
    ('simple empty', lambda: Q.SimpleQueue().get_nowait()), ('simple empty timeout', lambda: Q.SimpleQueue().get(timeout=0.01)),
    ('simple bad timeout', lambda: Q.SimpleQueue().get(timeout=-1)),
    ('maxsize', lambda: (lambda q: (q.put(1), q.put(2), q.full(), q.qsize(), q.maxsize))(Q.Queue(2))),
    ('full nowait', lambda: (lambda q: (q.put(1), q.put_nowait(2)))(Q.Queue(1))),
    ('full timeout', lambda: (lambda q: (q.put(1), q.put(2, timeout=0.01)))(Q.Queue(1))),
    ('full noblock', lambda: (lambda q: (q.put(1), q.put(2, False)))(Q.Queue(1))),
    ('empty nowait', lambda: Q.Queue().get_nowait()), ('empty timeout', lambda: Q.Queue().get(timeout=0.01)), ('empty noblock', lambda: Q.Queue().get(False)),
    ('bad timeout get', lambda: Q.Queue().get(timeout=-1)), ('bad timeout put', lambda: (lambda q: (q.put(1), q.put(1, timeout=-1)))(Q.Queue(1))),
    ('task_done', lambda: (lambda q: (q.put(1), q.unfinished_tasks, q.get(), q.task_done(), q.unfinished_tasks, q.join(), q.task_done()))(Q.Queue())),
    ('exceptions', lambda: (issubclass(Q.Empty, Exception), issubclass(Q.Full, Exception), Q.Empty.__name__, Q.Full.__name__)),
    ('zero maxsize', lambda: (lambda q: ([q.put(i) for i in range(100)], q.full(), q.qsize()))(Q.Queue(0))),
    ('negative maxsize', lambda: (lambda q: ([q.put(i) for i in range(5)], q.full()))(Q.Queue(-1))),
    ('generic', lambda: (repr(Q.Queue[int]), repr(Q.SimpleQueue[str]))),
    ('all', lambda: sorted(Q.__all__)),
]:
    check(label, f)
