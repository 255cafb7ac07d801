# Iterating weak containers while their entries die: deaths in the middle of a loop (observed
# through gc.collect() inside the loop body) never disturb the iteration; the dead entries are
# skipped. The program's own changes of size during an iteration raise RuntimeError, as for
# dicts and sets, while changing a value in place does not.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"


def run(title, container, make_iter, number, names):
    """Iterates; at the first step, kills the objects of odd number but the one just seen."""
    seen = []
    first = None
    for item in make_iter(container):
        if first is None:
            first = item
            for i, o in enumerate(holders):
                if o.n % 2 and number(item) != o.n:
                    holders[i] = None
            o = None
            gc.collect()
        seen.append(number(item))
        item = None
    # a set's order is its own: print what does not depend on which element came first
    print(title, sorted(n for n in seen if n % 2 == 0), all(n % 2 == 0 or n == number(first) for n in seen),
          len(container) - (number(first) % 2), [n for n in names(container) if n % 2 == 0])


holders = [Obj(i) for i in range(6)]
run("WeakSet", weakref.WeakSet(holders), iter, lambda o: o.n, lambda c: sorted(o.n for o in c))

holders = [Obj(i) for i in range(6)]
wk = weakref.WeakKeyDictionary((o, o.n) for o in holders)
run("WeakKeyDictionary.items", wk, lambda c: c.items(), lambda kv: kv[0].n, lambda c: sorted(c.values()))

holders = [Obj(i) for i in range(6)]
wv = weakref.WeakValueDictionary((o.n, o) for o in holders)
# the references of the entries present at the start (any of them may die later)
refs = list(wv.itervaluerefs())
print("itervaluerefs:", [r.key for r in refs], [r().n for r in refs])
refs = None
run("WeakValueDictionary.items", wv, lambda c: c.items(), lambda kv: kv[1].n, lambda c: sorted(c))

# A loop that leaves early, then deaths, then a new loop: nothing is left pending.
holders = [Obj(i) for i in range(4)]
ws = weakref.WeakSet(holders)
for item in ws:
    break
item = None
del holders[1:]
gc.collect()
print("after an early break:", len(ws), [o.n for o in ws])

# The program's own changes of size during an iteration.
keep = [Obj(i) for i in range(3)]
extra = Obj(99)
cases = [
    ("WeakSet.add", weakref.WeakSet(keep), lambda c: c.add(extra)),
    ("WeakSet.discard", weakref.WeakSet(keep), lambda c: c.discard(keep[2])),
    ("WeakKeyDictionary set", weakref.WeakKeyDictionary({k: 0 for k in keep}), lambda c: c.__setitem__(extra, 1)),
    ("WeakKeyDictionary del", weakref.WeakKeyDictionary({k: 0 for k in keep}), lambda c: c.__delitem__(keep[2])),
    ("WeakValueDictionary set", weakref.WeakValueDictionary({k.n: k for k in keep}), lambda c: c.__setitem__(99, extra)),
    ("WeakValueDictionary pop", weakref.WeakValueDictionary({k.n: k for k in keep}), lambda c: c.pop(2)),
]
for title, container, change in cases:
    steps = 0
    try:
        for _ in container:
            if steps == 0:
                change(container)
            steps += 1
        print(title, "no error", steps)
    except RuntimeError as e:
        print(title, "RuntimeError:", e, "after", steps, "step(s)")

wk = weakref.WeakKeyDictionary({k: 0 for k in keep})
for k in wk:
    wk[k] = k.n + 100          # a new value for a present key is no change of size
print("values changed in a loop:", sorted(wk.values()))
wv = weakref.WeakValueDictionary({k.n: k for k in keep})
for n, v in wv.items():
    wv[n] = keep[-1 - n]
print("values replaced in a loop:", [(n, v.n) for n, v in wv.items()])
last = weakref.WeakSet(keep)
it = iter(last)
print(next(it) in keep)
last.add(extra)
try:
    print(list(it))
except RuntimeError as e:
    print("RuntimeError at the next step:", e)
