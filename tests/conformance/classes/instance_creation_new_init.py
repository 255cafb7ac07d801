class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = A(5)
print(a.v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Other:
    def __new__(cls): return 42
    def __init__(self): print("never runs")
print(Other())
class BadInit:
    def __init__(self): return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self): pass
try:
    InitOnly(1)
except TypeError as e:
    print("TypeError:", e)
