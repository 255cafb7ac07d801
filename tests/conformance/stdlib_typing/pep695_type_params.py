# PEP 695 type parameters: generic functions, classes (Generic[T] joins the bases) and type aliases.
def first[T](xs: list[T]) -> T: return xs[0]
print(first([3, 4]), first.__type_params__, first.__annotations__, first.__qualname__)
type Pair[T] = tuple[T, T]
print(Pair, Pair.__value__, Pair[int], Pair.__type_params__, type(Pair.__type_params__[0]).__name__)
class Box[T]:
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
b = Box[int](5)
print(b.get(), Box.__type_params__, Box.__mro__, Box[int], Box.__parameters__, Box.__qualname__)
def f[T: int, *Ts, **P](x: T, *a: *Ts, d=5, k=6) -> T: return x
print(f(1), f.__type_params__, f.__defaults__, f.__kwdefaults__, [type(p).__name__ for p in f.__type_params__], f.__type_params__[0].__bound__)
class A:
    def m[U](self, u: U) -> U:
        return super().__repr__()[:3] + str(u)
    @staticmethod
    def s[V](v: V) -> V: return v
print(A().m(7), A.m.__qualname__, A.s(3), A.m.__type_params__)
def outer():
    def inner[T](t: T): return t
    return inner
print(outer().__qualname__, outer()(9))
print(first.__type_params__[0].__name__, repr(first.__type_params__[0]), first.__type_params__[0].__infer_variance__)
try:
    exec("def g[T, T](): pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
def h[T](): return T
print(h(), h.__type_params__[0] is h())
class Pt[T](tuple): pass
print(Pt.__mro__)
print((lambda: 0).__type_params__, int.__type_params__, Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else None)
