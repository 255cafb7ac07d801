def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
class Config:
    value = 5
    def get(self): return self.value
def factory(cls):
    def build(): return cls()
    return build
print(factory(Config)().get())
def outer():
    x = "outer x"
    class Inner:
        y = x
        def method(self): return x
    return Inner
I = outer()
print(I.y, I().method())
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return [add(v) for v in range(5)]
print(gen_closure())
