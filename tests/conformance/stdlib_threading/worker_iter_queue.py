# The worker idiom `for job in iter(q.get, None)`: workers block in q.get inside a for loop's step
# while the main thread feeds the queue.
import threading, queue

jobs = queue.Queue()
results = queue.Queue()

def worker(name):
    for job in iter(jobs.get, None):
        results.put((job, job * job))
        jobs.task_done()
    jobs.task_done()

workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
for w in workers:
    w.start()
for n in range(20):
    jobs.put(n)
for _ in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
out = sorted(results.get() for _ in range(results.qsize()))
print(len(out), out[:3], out[-1])
print(all(not w.is_alive() for w in workers))

class Feed:
    """A class iterator whose __next__ blocks on a queue."""
    def __init__(self, q):
        self.q = q
    def __iter__(self):
        return self
    def __next__(self):
        item = self.q.get()
        if item is None:
            raise StopIteration
        return item

q = queue.Queue()
seen = []
t2 = threading.Thread(target=lambda: [seen.append(-x) for x in Feed(q2)])
q2 = queue.Queue()
t2.start()
for i in range(5):
    q2.put(i)
q2.put(None)
t2.join()
print(seen)
