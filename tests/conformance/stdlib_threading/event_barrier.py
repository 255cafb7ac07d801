# Event (set, clear, wait with and without timeout) and Barrier (indices, action, timeouts,
# abort, reset, reprs).
import re
import threading


def masked(obj):
    return re.sub(r'0x[0-9a-f]+', '0x...', repr(obj))


e = threading.Event()
print(masked(e), e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(masked(e), e.is_set(), e.wait(), e.wait(0))
e.clear()
print(masked(e), e.is_set())

# Every waiter wakes on set().
go = threading.Event()
woke = []
lock = threading.Lock()


def waiter(i):
    result = go.wait()
    with lock:
        woke.append((i, result))


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
print('before set:', woke)
go.set()
for w in ws:
    w.join()
print('after set:', sorted(woke))

# Barrier: three parties, each gets a distinct index, the action runs once per round.
rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append(len(rounds)))
print(masked(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
indices = []


def party():
    for _ in range(2):
        i = barrier.wait()
        with lock:
            indices.append(i)


parties = [threading.Thread(target=party) for _ in range(3)]
for p in parties:
    p.start()
for p in parties:
    p.join()
print(sorted(indices), rounds, masked(barrier))

# A wait that times out breaks the barrier, for everybody.
b2 = threading.Barrier(2)
try:
    b2.wait(0.01)
except threading.BrokenBarrierError as err:
    print('BrokenBarrierError', repr(err), b2.broken, masked(b2))
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('still broken')
b2.reset()
print('after reset:', b2.broken, masked(b2))

# abort() wakes a waiting party with BrokenBarrierError.
b3 = threading.Barrier(2, timeout=30)
outcome = []


def lone():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        outcome.append('broken')


t = threading.Thread(target=lone)
t.start()
while b3.n_waiting == 0:
    t.join(0.001)
print('waiting:', b3.n_waiting, masked(b3))
b3.abort()
t.join()
print(outcome, b3.broken)

# reset() while a party waits: it gets BrokenBarrierError, the barrier is usable afterwards.
b4 = threading.Barrier(2)
outcome.clear()


def lone4():
    try:
        b4.wait()
    except threading.BrokenBarrierError:
        outcome.append('reset')


t = threading.Thread(target=lone4)
t.start()
while b4.n_waiting == 0:
    t.join(0.001)
b4.reset()
t.join()
print(outcome, b4.broken, masked(b4))
pair = threading.Thread(target=b4.wait)
pair.start()
print('index of main:', b4.wait() in (0, 1))
pair.join()

# An action that raises breaks the barrier; the thread that ran it gets the exception.
def bad_action():
    raise ValueError('action failed')


b5 = threading.Barrier(2, action=bad_action)
results = []


def party5():
    try:
        b5.wait()
        results.append('passed')
    except threading.BrokenBarrierError:
        results.append('broken')
    except ValueError as exc:
        results.append(str(exc))


ps = [threading.Thread(target=party5) for _ in range(2)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(results), b5.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
