# weakref.finalize (alive, peek, detach, calling it, atexit) and WeakMethod. Deaths are
# observed after gc.collect(); the finalizer left alive at the end runs at exit.
import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        return f"{self.name} closed"


log = []
r = Resource("r1")
f = weakref.finalize(r, log.append, "r1 finalized")
print(f.alive, f.atexit, f.peek()[0] is r, f.peek()[1] == log.append, f.peek()[2:])
del r
gc.collect()
print(log, f.alive, f.peek(), f())

r2 = Resource("r2")
f2 = weakref.finalize(r2, lambda *a, **k: log.append(("called", a, k)), 1, 2, key="v")
print(f2(), f2.alive, f2(), log[-1])

r3 = Resource("r3")
f3 = weakref.finalize(r3, log.append, "never")
det = f3.detach()
print(det[0] is r3, det[1] is log.append, det[2], f3.alive, f3.detach())
del r3
gc.collect()
print("never" in log)

try:
    weakref.finalize(1, print)
except TypeError as e:
    print("TypeError:", e)

kept = Resource("kept")
at_exit = weakref.finalize(kept, print, "finalizer of a live object runs at exit")
quiet = weakref.finalize(kept, print, "this one does not (atexit = False)")
quiet.atexit = False
print(at_exit.atexit, quiet.atexit)


class Greeter:
    def __init__(self, word):
        self.word = word

    def greet(self, who):
        return f"{self.word}, {who}"


g = Greeter("hello")
wm = weakref.WeakMethod(g.greet)
print(wm()("world"), wm() == g.greet, wm == weakref.WeakMethod(g.greet))
print(type(wm).__name__, isinstance(wm, weakref.ref))
calls = []
wm2 = weakref.WeakMethod(g.greet, calls.append)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del g
gc.collect()
print(wm(), len(calls) == 1 and calls[0] is wm2, wm == wm, wm == wm2)
print("end of program")
