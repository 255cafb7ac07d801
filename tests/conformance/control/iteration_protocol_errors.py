class NoNext:
    def __iter__(self): return 5
try:
    iter(NoNext())
except TypeError as e:
    print("TypeError:", e)
class IterNoNext:
    def __iter__(self): return self
try:
    for x in IterNoNext():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(None)
except TypeError as e:
    print("TypeError:", e)
it = iter([1])
print(next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
calls = iter(lambda: calls_state.pop(), 0)
calls_state = [0, 1, 2, 3]
print(list(calls))
class Seq:
    def __getitem__(self, i):
        if i < 4: return i * i
        raise IndexError
print(list(Seq()), list(iter(Seq())), 9 in Seq())
