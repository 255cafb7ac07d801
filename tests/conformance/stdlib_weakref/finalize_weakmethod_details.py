# weakref.finalize in detail (reprs, arguments, call-once, detach/peek, the atexit attribute,
# errors at collection and at exit, finalizers made while exiting, the order at exit) and
# WeakMethod (death of the function or of the object, callback once, equality, hashing).
import gc
import re
import sys
import weakref


def shape(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


class Res:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Res({self.name})"


log = []
r = Res("a")
f = weakref.finalize(r, log.append, "a died")
print(shape(repr(f)), f.alive, f.atexit)
f.atexit = 0
print(f.atexit)
f.atexit = "yes"
print(f.atexit, f.peek()[2:], f.peek()[1] == log.append, type(f).__name__, weakref.finalize.__slots__)
for attempt in (lambda: setattr(f, "extra", 1), lambda: weakref.ref(f), lambda: weakref.finalize(r),
                lambda: weakref.finalize(), lambda: weakref.finalize(1, print), lambda: weakref.finalize(r, dict, obj=1, func=2)):
    try:
        print("made:", shape(repr(attempt())))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
g = weakref.finalize(r, lambda *args, **kwargs: log.append((args, kwargs)), 1, 2, key="k")
print(g.peek()[2:], g(), g(), log, g.alive, g.peek(), g.detach(), shape(repr(g)), g.atexit)
g.atexit = True
print(g.atexit)
h = weakref.finalize(r, log.append, "never called")
obj, func, args, kwargs = h.detach()
print(obj is r, func == log.append, args, kwargs, h.alive, h.detach(), h())
del r, obj
gc.collect()
print(log, f.alive, shape(repr(f)))

unraisable = []
sys.unraisablehook = lambda u: unraisable.append((u.exc_type.__name__, str(u.exc_value), shape(repr(u.object))))
bad = Res("bad")
weakref.finalize(bad, lambda: 1 / 0)
weakref.finalize(bad, "not callable")
del bad
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print(sorted(unraisable))

# WeakMethod
calls = []


class Greeter:
    def hello(self):
        return "hello from " + repr(self)

    def __repr__(self):
        return "Greeter"


class Other:
    def hello(self):
        return "other"


gr = Greeter()
wm = weakref.WeakMethod(gr.hello, calls.append)
wm_same = weakref.WeakMethod(gr.hello)
wm_other = weakref.WeakMethod(Other().hello)
print(isinstance(wm, weakref.ref), weakref.getweakrefcount(gr), type(wm).__name__)
print(wm()(), wm == wm_same, wm != wm_same, hash(wm) == hash(wm_same), wm == weakref.ref(gr), wm.__eq__(1))
for bad in (len, Greeter.hello, 1, [].append):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.WeakMethod(gr.hello, callback=print)
except TypeError as e:
    print("TypeError:", e)
del Greeter.hello
gc.collect()
print("object of wm_other gone:", wm_other(), wm_other == wm_other, wm_other != wm_other, wm_other == wm)
try:
    hash(wm_other)
except TypeError as e:
    print("TypeError:", e)
print("function gone:", wm(), len(calls), calls[0] is wm, wm == wm_same, gr is not None)


class Stays:
    def method(self):
        pass


st = Stays()
late = weakref.WeakMethod(st.method, lambda w: print("callback: the object died"))
del gr, st
gc.collect()
print("callback once:", len(calls), late())

# At exit, newest first: the live finalizers with atexit set, those made meanwhile included;
# an exception goes to sys.excepthook.
keeper = Res("kept")
weakref.finalize(keeper, print, "at exit: the oldest runs last")
skipped = weakref.finalize(keeper, print, "never: atexit is false")
skipped.atexit = False


def make_another():
    print("at exit: this one makes another finalizer")
    weakref.finalize(keeper, print, "at exit: the finalizer made while exiting")


weakref.finalize(keeper, make_another)
weakref.finalize(keeper, lambda: 1 / 0)
sys.excepthook = lambda t, v, tb: print("excepthook:", t.__name__, v)
print("end of the program")
