# __del__ under gc.collect(): cycles, resurrection (PEP 442: __del__ runs once), exceptions
# raised by __del__ and weakref callbacks (sent to sys.unraisablehook), gc.is_finalized, and
# the order of a collection: weakref callbacks before __del__; __del__ in a thread.
import gc
import sys
import weakref

events = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        events.append(f"del {self.name}")


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
wa = weakref.ref(a, lambda r: events.append("callback for a"))
del a, b
gc.collect()
print(events)
print(wa())

saved = []


class Phoenix:
    def __del__(self):
        events.append("phoenix del")
        saved.append(self)


events.clear()
p = Phoenix()
del p
gc.collect()
print(events, len(saved), gc.is_finalized(saved[0]), gc.is_finalized([]))
saved.clear()
gc.collect()
print("__del__ ran once:", events)

unraisable = []


def hook(u):
    unraisable.append((type(u).__name__, u.exc_type.__name__, str(u.exc_value), u.err_msg,
                       getattr(u.object, "__qualname__", u.object)))


sys.unraisablehook = hook


class Broken:
    def __del__(self):
        raise ValueError("raised in __del__")


x = Broken()
del x
gc.collect()


class Target:
    pass


t = Target()
r = weakref.ref(t, lambda ref: 1 / 0)
del t
gc.collect()
for entry in unraisable:
    print(entry)
sys.unraisablehook = sys.__unraisablehook__
print(sys.unraisablehook is sys.__unraisablehook__)


class Late:
    pass


def late_del(self):
    events.append("late __del__ runs for instances made after it was added")


Late.__del__ = late_del
events.clear()
obj = Late()
del obj
gc.collect()
print(events)


# __del__ runs in the thread where the object dies (here: where gc.collect() finds it dead).
import threading

events.clear()


class Noted:
    def __del__(self):
        events.append("__del__ in " + threading.current_thread().name)


held = [Noted()]


def drop():
    held.clear()
    gc.collect()


worker = threading.Thread(target=drop, name="worker")
worker.start()
worker.join()
print(events)
