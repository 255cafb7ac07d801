# join(timeout) returns when the time is up, with the thread still alive; a later join waits
# for the end. The order of events is set by an Event, never by timing.
import threading
import time

release = threading.Event()
steps = []


def blocked():
    steps.append('waiting')
    release.wait()
    steps.append('released')


t = threading.Thread(target=blocked, name='blocked')
t.start()
start = time.monotonic()
print(t.join(0.05))
print('alive after join(0.05):', t.is_alive(), time.monotonic() - start >= 0.04)
t.join(0)
t.join(-1)
t.join(timeout=0.01)
print('alive after short joins:', t.is_alive(), steps)
print(repr(t).replace(f' {t.ident})>', ' IDENT)>'))
release.set()
t.join()
print('alive after join():', t.is_alive(), steps)
print(repr(t).replace(f' {t.ident})>', ' IDENT)>'))
t.join()
t.join(0)
print('joined again')

# Several threads joining the same thread all return when it ends.
gate = threading.Event()
target = threading.Thread(target=gate.wait)
target.start()
joined = []
lock = threading.Lock()


def joiner(i):
    target.join()
    with lock:
        joined.append(i)


joiners = [threading.Thread(target=joiner, args=(i,)) for i in range(3)]
for j in joiners:
    j.start()
print('before:', joined)
gate.set()
for j in joiners:
    j.join()
print('after:', sorted(joined), target.is_alive())
