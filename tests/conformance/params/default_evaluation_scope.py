x = "global"
def f(a=x): return a
x = "changed"
print(f())
def outer():
    y = "enclosing"
    def inner(b=y): return b
    y = "modified"
    return inner()
print(outer())
class C:
    v = 10
    def m(self, d=v): return d
print(C().m())
defaults = [lambda i=i: i for i in range(3)]
print([d() for d in defaults])
