class Reentrant:
    def __init__(self): self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("  " * (self.depth - 1) + f"enter depth {self.depth}")
        return self
    def __exit__(self, *exc):
        print("  " * (self.depth - 1) + f"exit depth {self.depth}")
        self.depth -= 1
r = Reentrant()
with r:
    with r:
        with r as inner:
            print("innermost", inner.depth)
print("final depth", r.depth)
class Transaction:
    def __init__(self, store): self.store, self.pending = store, {}
    def __enter__(self): return self.pending
    def __exit__(self, et, ev, tb):
        if et is None:
            self.store.update(self.pending)
            print("committed", sorted(self.pending))
        else:
            print("rolled back because", repr(ev))
        return et is KeyError
db = {"a": 1}
with Transaction(db) as t:
    t["b"] = 2
with Transaction(db) as t:
    t["c"] = 3
    raise KeyError("abort")
print(db)
