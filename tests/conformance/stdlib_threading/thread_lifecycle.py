# Thread objects from creation to the end: names, reprs (idents masked), daemon flags, start,
# run, join, is_alive, and the errors of misuse.
import threading
import warnings


def shown(thread):
    text = repr(thread)
    if thread.ident is not None:
        text = text.replace(f' {thread.ident})>', ' IDENT)>')
    return text


def work(a, b, *, c):
    print('work', a, b, c, threading.current_thread().name)


t = threading.Thread(target=work, args=(1, 2), kwargs={'c': 3})
print(shown(t), t.name, t.ident, t.is_alive(), t.daemon)
t.start()
t.join()
print(shown(t), t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)
print(t.ident != threading.get_ident())

try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)

u = threading.Thread(target=work, args=(0, 0), kwargs={'c': 0})
try:
    u.join()
except RuntimeError as e:
    print('RuntimeError:', e)

# Names: a counter shared by every unnamed thread, with the target's name when it has one.
print(threading.Thread().name)
print(threading.Thread(target=len).name)
print(threading.Thread(target=lambda: None).name)


class Callable:
    def __call__(self):
        pass


print(threading.Thread(target=Callable()).name)
print(threading.Thread(name=42).name, threading.Thread(name='').name)
n = threading.Thread(name='worker')
n.name = 'renamed'
print(n.name, shown(n))


# A subclass overriding run(); joining itself is refused.
class Worker(threading.Thread):
    def __init__(self):
        super().__init__(name='W')
        self.outcome = None

    def run(self):
        try:
            self.join()
        except RuntimeError as e:
            self.outcome = str(e)
        self.result = sum(range(10))


w = Worker()
w.start()
w.join()
print(w.outcome, w.result, shown(w))

try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)

# Daemon status: inherited from the creating thread, fixed once started.
print(threading.Thread().daemon, threading.Thread(daemon=True).daemon)
inherited = []
d = threading.Thread(target=lambda: inherited.append(threading.Thread().daemon), daemon=True)
print(shown(d))
d.start()
d.join()
print(inherited, shown(d))
try:
    d.daemon = False
except RuntimeError as e:
    print('RuntimeError:', e)
f = threading.Thread()
f.daemon = True
print(f.daemon, shown(f))


# A subclass that forgets Thread.__init__.
class Broken(threading.Thread):
    def __init__(self):
        pass


b = Broken()
try:
    b.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    b.join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    b.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)

try:
    threading.Thread(group=object())
except AssertionError as e:
    print('AssertionError:', e)

# run() drops target and arguments after running (no reference cycles through them).
r = threading.Thread(target=print, args=('from run',))
r.run()
print(hasattr(r, '_target'), hasattr(r, '_args'))

# The deprecated camelCase accessors still work and warn.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    g = threading.Thread(name='old')
    g.setName('older')
    g.setDaemon(True)
    print(g.getName(), g.isDaemon(), threading.currentThread() is threading.current_thread(),
          threading.activeCount() == threading.active_count())
for warning in caught:
    print(warning.category.__name__, warning.message)

print(threading.main_thread().name, shown(threading.main_thread()))
print(threading.current_thread() is threading.main_thread())
print(type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)
