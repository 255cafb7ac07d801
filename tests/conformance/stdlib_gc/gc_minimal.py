import gc
print(gc.isenabled())
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
print(type(gc.collect()).__name__, gc.collect() >= 0)
class Cycle:
    def __init__(self): self.self_ref = self
freed = []
class Tracked:
    def __del__(self): freed.append("del ran")
t = Tracked()
t.loop = t
del t
gc.collect()
print(freed)
print(type(gc.get_threshold()).__name__, len(gc.get_threshold()), gc.is_tracked([]), gc.is_tracked(1))
