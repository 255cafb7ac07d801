import functools
calls = []
@functools.lru_cache(maxsize=3)
def f(x, y=0):
    calls.append((x, y))
    return x + y
f(1); f(1); f(1, y=0); f(y=0, x=1); f(2); f(3); f(4); f(1)
print(calls, f.cache_info())
@functools.lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
def original(a, b):
    """orig doc"""
class Wrapper: pass
w = functools.update_wrapper(lambda *a: None, original)
print(w.__name__, w.__doc__, w.__wrapped__ is original, functools.WRAPPER_ASSIGNMENTS)
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(3) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(4))
