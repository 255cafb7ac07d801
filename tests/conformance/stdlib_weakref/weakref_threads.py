# Weak references and threads: a callback and a finalize run in the thread where the object
# dies (here: where gc.collect() finds it dead), and weak containers shared by threads forget
# what dies in any of them. (__del__ in a thread: stdlib_gc/gc_finalizers.py.)
import gc
import threading
import weakref


class Obj:
    def __init__(self, name):
        self.name = name


ran_in = []
box = {"obj": Obj("a"), "other": Obj("f")}
r = weakref.ref(box["obj"], lambda w: ran_in.append(("callback", threading.current_thread().name)))
weakref.finalize(box["other"], lambda: ran_in.append(("finalize", threading.current_thread().name)))


def drop():
    box.clear()
    gc.collect()


t = threading.Thread(target=drop, name="dropper")
t.start()
t.join()
print(sorted(ran_in), r())

members = [Obj(i) for i in range(6)]
shared = weakref.WeakSet(members)
values = weakref.WeakValueDictionary((o.name, o) for o in members)


def forget(lo, hi):
    for i in range(lo, hi):
        members[i] = None
    gc.collect()


threads = [threading.Thread(target=forget, args=(i, i + 2)) for i in (0, 4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(shared), sorted(o.name for o in shared), sorted(values))
