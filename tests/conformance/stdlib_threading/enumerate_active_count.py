# threading.enumerate, active_count, current_thread and main_thread while threads come and go,
# and the dummy Thread object of a thread started with _thread.
import _thread
import threading


def names():
    return sorted(t.name for t in threading.enumerate())


print(threading.active_count(), names(), threading.enumerate() == [threading.main_thread()])
holds = [threading.Event() for _ in range(3)]
inside = []


def held(i):
    inside.append(threading.current_thread().name)
    holds[i].wait()


threads = [threading.Thread(target=held, args=(i,), name=f'held-{i}') for i in range(3)]
for t in threads:
    t.start()
    print(threading.active_count(), t in threading.enumerate(), t.is_alive())
print(names(), sorted(inside))
print(all(t in threading._active.values() for t in threads))
for hold, t in zip(holds, threads):
    hold.set()
    t.join()
    print(threading.active_count(), t in threading.enumerate(), t.is_alive())
print(names())

# A thread started with _thread is unknown to threading until it asks for current_thread().
done = threading.Event()
seen = []


def raw():
    before = threading.active_count()
    me = threading.current_thread()
    seen.append((before, threading.active_count(), type(me).__name__, me.name, me.daemon,
                 me.ident == _thread.get_ident(), me.is_alive(),
                 repr(me).replace(f' {me.ident})>', ' IDENT)>'),
                 threading.current_thread() is me))
    done.set()


_thread.start_new_thread(raw, ())
done.wait()
print(seen)
dummy = [t for t in threading.enumerate() if t.name.startswith('Dummy')]
print(len(dummy), threading.active_count())
print(threading.main_thread() is threading.current_thread(), threading.main_thread().daemon)


class Named(threading.Thread):
    def run(self):
        inside.append((self is threading.current_thread(), threading.current_thread().name))


n = Named(name='subclass')
n.start()
n.join()
print(inside[-1], n in threading.enumerate())
