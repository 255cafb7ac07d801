import functools
def register(cls):
    register.seen.append(cls.__name__)
    return cls
register.seen = []
@register
class A: pass
@register
class B: pass
print(register.seen)
def count_calls(f):
    @functools.wraps(f)
    def wrapper(self, *a):
        wrapper.calls += 1
        return f(self, *a)
    wrapper.calls = 0
    return wrapper
class C:
    @count_calls
    def m(self, x): return x * 2
c = C()
print(c.m(1), c.m(2), C.m.calls, C.m.__name__)
class Cached:
    @functools.lru_cache(maxsize=None)
    def fib(self, n): return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)
print(Cached().fib(40))
