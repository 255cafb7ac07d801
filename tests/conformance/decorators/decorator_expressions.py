decorators = {"double": lambda f: lambda x: f(x) * 2}
@decorators["double"]
def f(x): return x + 1
print(f(3))
class NS:
    @staticmethod
    def deco(fn): return lambda: "decorated " + fn()
@NS.deco
def g(): return "g"
print(g())
@(lambda fn: lambda: fn().upper())
def h(): return "lambda decorated"
print(h())
@type
def printed(): pass
print(printed)
