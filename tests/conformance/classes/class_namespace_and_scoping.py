x = "module"
class C:
    x = "class"
    y = x
    def method(self):
        return x
    lst = [x for _ in range(1)]
print(C.y, C().method(), C.lst)
class D:
    a = 1
    b = [a for _ in range(1)] if False else None
    try:
        c = [a + i for i in range(2)]
    except NameError as e:
        c = "NameError: " + str(e)
print(D.c)
class E:
    def f(self): return "f"
    g = f
    del f
print(E().g(), hasattr(E, "f"))
