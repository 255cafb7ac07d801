# The gc module's interface: settings, statistics, callbacks, referents, tracking.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
for bad in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(type(gc.collect()).__name__, gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("2")
except TypeError as e:
    print("TypeError:", e)
stats = gc.get_stats()
print(len(stats), sorted(stats[2]), stats[2]["collections"] > 0, stats[2]["uncollectable"])
count = gc.get_count()
print(type(count).__name__, len(count))
print(gc.garbage, gc.callbacks)

phases = []


def watcher(phase, info):
    phases.append((phase, sorted(info), info["generation"]))


gc.callbacks.append(watcher)
gc.collect(1)
gc.callbacks.remove(watcher)
gc.collect()
print(phases)


class Plain:
    pass


p = Plain()
p.x = 41
p.y = "text"
print(gc.get_referents([1, "a", None]), gc.get_referents((2, 3)), gc.get_referents({"k": "v", "j": 5}))
print(gc.get_referents(p) == [41, "text", Plain], gc.get_referents(1, "s"), gc.get_referents())
print(sorted(gc.get_referents({1: "one"}), key=str))
print(gc.is_tracked(0), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(2.5), gc.is_tracked(b""))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked(p),
      gc.is_tracked(Plain), gc.is_tracked(gc.collect), gc.is_tracked(set()))
holder = {"the list": [p]}
print(any(r is holder for r in gc.get_referrers(holder["the list"])))
print(any(o is holder for o in gc.get_objects()), all(gc.is_tracked(o) for o in gc.get_objects()[:50]))
try:
    gc.get_objects(5)
except ValueError as e:
    print("ValueError:", e)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.is_finalized(p))
