def f(a, b: int = 5, *args, c: str = "x", **kw) -> bool:
    """Docstring."""
    return True
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__annotations__)
f.custom = 42
print(f.custom, f.__dict__)
f.__name__ = "renamed"
print(f.__name__)
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
print(C.m.__qualname__, C.s.__qualname__, C.c.__qualname__, C().m.__name__, C().m.__self__.__class__.__name__, C.c.__self__.__name__)
print(C().m.__func__ is C.m, type(C().m).__name__, type(C.m).__name__)
def g(): pass
print(g.__defaults__, g.__kwdefaults__, g.__annotations__, g.__module__)
try:
    del f.__name__
except TypeError as e:
    print("TypeError:", e)
