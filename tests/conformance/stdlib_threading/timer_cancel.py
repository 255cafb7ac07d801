# Timer: a cancelled timer never calls its function; an uncancelled one calls it once with its
# arguments; both end as threads do.
import threading

calls = []
t = threading.Timer(30.0, calls.append, args=['too late'])
print(repr(t).startswith('<Timer(Thread-1, initial'), t.interval, t.args, t.kwargs)
t.start()
t.cancel()
t.join()
print('cancelled:', calls, t.is_alive(), t.finished.is_set())

fired = threading.Event()


def ring(*args, **kwargs):
    calls.append((args, kwargs, threading.current_thread().name))
    fired.set()


t2 = threading.Timer(0.01, ring, args=(1, 2), kwargs={'k': 'v'})
t2.name = 'alarm'
t2.start()
fired.wait()
t2.join()
print('fired:', calls, t2.finished.is_set())
t2.cancel()     # after the end: harmless
print(t2.is_alive())

# cancel() before start(): the timer thread ends without calling.
t3 = threading.Timer(0, calls.append, ['never'])
t3.cancel()
t3.start()
t3.join()
print(len(calls), isinstance(t3, threading.Thread), t3.daemon)


class Reminder(threading.Timer):
    def run(self):
        self.function(*self.args)


r = Reminder(99, calls.append, ['subclass'])
r.start()
r.join()
print(calls[-1], r.name)
