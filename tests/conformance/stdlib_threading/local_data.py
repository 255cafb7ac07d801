# threading.local: each thread sees its own attributes; a subclass's __init__ runs again in each
# thread with the original arguments; a new thread starts empty.
import re
import threading

data = threading.local()
print(re.sub(r'0x[0-9a-f]+', '0x...', repr(data)), type(data).__name__)
data.x = 'main'
seen = []


def reader(i):
    seen.append((i, hasattr(data, 'x'), getattr(data, 'x', None)))
    data.x = f'thread {i}'
    seen.append((i, data.x, data.__dict__))


for i in range(2):
    t = threading.Thread(target=reader, args=(i,))
    t.start()
    t.join()
print(seen)
print(data.x, data.__dict__)
del data.x
print(hasattr(data, 'x'), data.__dict__)
try:
    del data.x
except AttributeError as e:
    print('AttributeError:', e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)
try:
    threading.local(1, two=2)
except TypeError as e:
    print('TypeError:', e)


class Counter(threading.local):
    initialised = 0
    kind = 'class attribute'

    def __init__(self, start, *, step=1):
        Counter.initialised += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2


c = Counter(10, step=5)
print(c.bump(), c.doubled, c.kind, Counter.initialised)
results = []


def use_counter():
    results.append((c.value, c.bump(), c.bump(), c.doubled, c.kind))


for _ in range(2):
    t = threading.Thread(target=use_counter)
    t.start()
    t.join()
print(results, Counter.initialised)
print(c.value, sorted(c.__dict__.items()))
try:
    c.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)


class Plain(threading.local):
    pass


try:
    Plain(1)
except TypeError as e:
    print('TypeError:', e)
p = Plain()
p.a = 1
print(re.sub(r'0x[0-9a-f]+', '0x...', repr(p)), p.a)

# Two threads alive at the same time, each with its own value; a barrier makes both write before
# either reads.
shared = threading.local()
barrier = threading.Barrier(2)
out = []
out_lock = threading.Lock()


def concurrent(name):
    shared.name = name
    barrier.wait()
    with out_lock:
        out.append((name, shared.name))


ts = [threading.Thread(target=concurrent, args=(n,)) for n in 'ab']
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), hasattr(shared, 'name'))
