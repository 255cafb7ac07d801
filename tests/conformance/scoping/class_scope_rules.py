x = "module"
class A:
    x = "class A"
    def f(self): return x
    g = lambda self: x
    h = (lambda: x)()
print(A().f(), A().g(), A.h)
def func():
    y = "function local"
    class B:
        try:
            z = y
        except NameError as e:
            z = "NameError: " + str(e)
        y = "class local"
        def m(self): return y
    return B.z, B.y, B().m()
print(func())
class C:
    v = 1
    class D:
        try:
            w = v
        except NameError as e:
            w = "NameError: " + str(e)
print(C.D.w)
