# Barrier rounds (reset with waiters, a failing action, a timeout that breaks it, reuse after
# reset), Condition.wait_for timing out, Semaphore/Event edge cases, Thread errors and naming.
import threading
import time
import warnings


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)


def scrub(text):
    # Addresses and idents differ from run to run.
    import re
    text = re.sub(r'0x[0-9a-f]+', '0x...', text)
    return re.sub(r' \d{2,}\)>', ' IDENT)>', text)


# --- Barrier: every round hands out indexes 0..parties-1 and can be used again
b = threading.Barrier(3)
got = []
lock = threading.Lock()


def arrive():
    i = b.wait()
    with lock:
        got.append(i)


for rnd in range(2):
    ts = [threading.Thread(target=arrive) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print('round', rnd, sorted(got), b.n_waiting, b.broken)
    got.clear()

# --- reset() while two threads wait: they get BrokenBarrierError, the barrier works again
b = threading.Barrier(3)
outcome = []


def wait_and_record():
    try:
        outcome.append(('index', b.wait()))
    except threading.BrokenBarrierError as exc:
        outcome.append(('broken', type(exc).__name__, exc.args))


ts = [threading.Thread(target=wait_and_record) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.01)
print(scrub(repr(b)))
b.reset()
for t in ts:
    t.join()
print(sorted(outcome), b.broken, b.n_waiting)
outcome.clear()
ts = [threading.Thread(target=wait_and_record) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('after reset', sorted(outcome))

# --- an action that raises: its thread sees the error, the others BrokenBarrierError
def bad_action():
    raise ValueError('action failed')


b = threading.Barrier(2, action=bad_action)
results = []


def waiter():
    try:
        results.append(b.wait())
    except Exception as exc:
        results.append(type(exc).__name__)


ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), b.broken, scrub(repr(b)))
show('wait on broken', b.wait)
b.reset()
print('reset', b.broken, b.n_waiting, b.parties)

# --- a timeout breaks the barrier for everybody
b = threading.Barrier(2, timeout=0.05)
show('timeout', b.wait)
print(b.broken)
b = threading.Barrier(3)
show('explicit timeout', lambda: b.wait(0.02))
b.abort()
print(b.broken, scrub(repr(b)))

# --- the action runs once per round, in one of the threads
calls = []
b = threading.Barrier(2, action=lambda: calls.append(threading.current_thread().name))
ts = [threading.Thread(target=b.wait, name=f'w{i}') for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(calls), calls[0] in ('w0', 'w1'))

# --- Condition.wait_for with a timeout, and with a predicate already true
cv = threading.Condition()
with cv:
    start = time.monotonic()
    print('wait_for false', cv.wait_for(lambda: 0, timeout=0.05), time.monotonic() - start >= 0.04)
    print('wait_for true', cv.wait_for(lambda: 'yes', timeout=0))
    print('wait 0', cv.wait(0))
print(scrub(repr(cv)))  # RLOCK_REPR: prints the C RLock's repr

# --- Semaphore and Event edges
s = threading.Semaphore(0)
show('non-blocking', lambda: s.acquire(False))
show('timeout', lambda: s.acquire(timeout=0.01))
show('both', lambda: s.acquire(False, 1))
show('release 0', lambda: s.release(0))
s.release(3)
print(scrub(repr(s)), s.acquire(), s.acquire(blocking=True, timeout=0))
bs = threading.BoundedSemaphore(2)
bs.acquire()
show('release 2', lambda: bs.release(2))
bs.release()
print(scrub(repr(bs)))
with bs:
    print('inside', scrub(repr(bs)))
e = threading.Event()
print(e.wait(0), e.wait(0.01), e.is_set())
e.set()
print(e.wait(), e.wait(0), scrub(repr(e)))
e.clear()
print(e.is_set(), scrub(repr(e)))

# --- Thread names, reprs, errors
class Callable:
    def __call__(self):
        pass


t1 = threading.Thread(target=Callable())
t2 = threading.Thread(target=len, args=('ab',))
t3 = threading.Thread(name=42)
t4 = threading.Thread(name='')
for t in (t1, t2, t3, t4):
    print(scrub(repr(t)).replace(t.name.split('-')[-1].split(' ')[0], 'N') if t.name.startswith('Thread-') else repr(t))
print(t2.name.endswith('(len)'), t3.name == '42', t4.name.startswith('Thread-'))
show('join unstarted', t1.join)
show('group', lambda: threading.Thread(group=1))
t1.start()
show('start twice', t1.start)
t1.join()
show('daemon after start', lambda: setattr(t1, 'daemon', True))
print(scrub(repr(t1)), t1.is_alive(), t1.ident is not None, t1.native_id is not None)
show('join self', threading.current_thread().join)


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
show('start no init', n.start)
show('join no init', n.join)
show('name no init', lambda: n.name)
show('is_alive no init', n.is_alive)

# --- Timer with args; a cancelled Timer never calls
out = []
tm = threading.Timer(0.01, lambda *a, **k: out.append((a, k)), args=(1, 2), kwargs={'k': 3})
tm.start()
tm.join()
tc = threading.Timer(10, out.append, args=['never'])
tc.start()
tc.cancel()
tc.join()
print(out, tm.interval, tc.finished.is_set(), scrub(repr(tc)).startswith('<Timer(Thread-'))

# --- deprecated aliases warn
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    e.isSet()
    threading.activeCount()
    t = threading.Thread()
    t.setName('renamed')
    t.setDaemon(True)
    with cv:
        cv.notifyAll()
for w in caught:
    print(w.category.__name__, w.message)
print(t.name, t.daemon)

# --- hooks for new threads
seen = []
threading.settrace(seen.append)
print(threading.gettrace() == seen.append, threading.getprofile())
threading.settrace(None)
print(threading.gettrace())

# --- registry functions
print(threading.main_thread().name, threading.current_thread() is threading.main_thread(),
      threading.active_count() == len(threading.enumerate()), threading.get_ident() == threading.main_thread().ident)
print(sorted(n for n in threading.__all__))
