class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class C(metaclass=OrderedMeta):
    b = 1
    a = 2
    def m(self): pass
    print("injected visible in body:", injected)
print(C.order, C.injected)
class Logging(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("define", k)
        super().__setitem__(k, v)
class LM(type):
    @classmethod
    def __prepare__(mcs, name, bases): return Logging()
class D(metaclass=LM):
    x = 1
    x = 2
    def f(self): pass
print(D.x)
