def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> "ret": return a
print(f.__annotations__)
def g(x: undefined_at_runtime if False else int): pass
print(g.__annotations__)
x: int = 5
y: str
print(x, __annotations__)
class C:
    attr: int = 3
    other: str
print(C.__annotations__, C.attr, hasattr(C, "other"))
def h():
    local: int = 1
    unbound: str
    return local
print(h(), h.__annotations__)
