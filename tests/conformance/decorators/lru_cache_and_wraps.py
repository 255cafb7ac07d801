import functools
@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n
print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
@functools.cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info().misses)
def deco(f):
    @functools.wraps(f)
    def w(): return f()
    return w
@deco
def documented():
    """The doc."""
print(documented.__doc__, documented.__name__, documented.__wrapped__.__name__)
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)
