class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)
@CountCalls
def greet(name): return "hello " + name
print(greet("a"), greet("b"), greet.count, type(greet).__name__)
class Method:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *a: ("bound via descriptor", self.f(obj, *a))
class K:
    @Method
    def m(self, x): return x
print(K().m(5), type(K.m).__name__)
