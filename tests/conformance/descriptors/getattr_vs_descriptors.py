class D:
    def __get__(self, obj, owner):
        raise AttributeError("descriptor refuses")
class C:
    attr = D()
    def __getattr__(self, name):
        return "fallback for " + name
print(C().attr, C().other)
class P:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return "getattr " + name
print(P().broken)
class Q:
    @property
    def broken(self):
        return self.missing_attr
try:
    Q().broken
except AttributeError as e:
    print("AttributeError:", e)
