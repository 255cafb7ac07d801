x = "global"
def f():
    x = "f"
    def g():
        x = "g"
        def h(): return x
        return h()
    return g(), x
print(f(), x)
def shadow_param(x):
    def inner(): return x
    x = "reassigned"
    return inner()
print(shadow_param("param"))
def comp_scope():
    y = 10
    return [y + i for i in range(3)], [(lambda: y)() for _ in range(2)]
print(comp_scope())
