# for loops over iterators whose step is Python code: iter(callable, sentinel) and classes with __next__
# (StopIteration from the step ends the loop, other exceptions propagate with the step in the traceback,
# deep recursion through steps is a RecursionError)
import sys
def f():
    raise StopIteration
for x in iter(f, None): print("never")
print("callable StopIteration ends the loop")
n = iter([1, 2, 3, None, 5]).__next__
print(list(iter(n, None)), [x for x in iter(iter([1,2,None]).__next__, None)])
class C:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
for x in C(): print(x)
class D(C):
    def __next__(self):
        v = super().__next__()
        if v == 2: raise ValueError("boom")
        return v
try:
    for x in D(): print("D", x)
except ValueError as e:
    import traceback; print(traceback.format_exc().replace(__file__, "THIS_FILE"), end="")
class Deep:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        for y in Deep(self.n): pass
        return self.n
print(sum(1 for _ in Deep(8)))
def rec(n):
    for x in Deep(1):
        pass
    return rec(n + 1) if n < 10**6 else n
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
class Odd:
    def __eq__(self, o): print("eq called"); return False
it = iter(lambda: Odd(), 1)
print(next(it).__class__.__name__)
k = 0
def g():
    global k; k += 1; return k
for x in iter(g, 3): print("g", x)
class Args:
    def __iter__(self): return self
    def __next__(self, extra): return 1
try:
    for x in Args(): pass
except TypeError as e: print("TypeError", e)
for x in iter(lambda: (_ for _ in ()), None): print(type(x).__name__); break
