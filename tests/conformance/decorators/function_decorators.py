import functools
def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"call {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"ret {result}")
        return result
    return wrapper
@trace
def add(a, b):
    """Add two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1), add.__qualname__)
def no_wraps(func):
    def inner(*a): return func(*a)
    return inner
@no_wraps
def named(): pass
print(named.__name__)
def repeat(n):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name): return "hi " + name
print(hello("x"))
