class Data:
    def __get__(self, obj, objtype=None): return "data-get"
    def __set__(self, obj, value): print("data-set", value)
class NonData:
    def __get__(self, obj, objtype=None): return "nondata-get"
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, c.n)
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n)
c.d = 5
print(C.d, C.n)
class GetNone:
    def __get__(self, obj, objtype=None):
        return ("obj is None" if obj is None else "obj"), objtype.__name__
class D:
    g = GetNone()
print(D.g, D().g)
