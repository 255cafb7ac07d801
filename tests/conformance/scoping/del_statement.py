a = 1
del a
try:
    a
except NameError as e:
    print("NameError:", e)
l = [1, 2, 3, 4]
del l[0], l[-1]
print(l)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O: pass
o = O(); o.attr = 1
del o.attr
print(hasattr(o, "attr"))
x, y = 1, 2
del (x, y)
print("x" in globals(), "y" in globals())
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
try:
    del o.nope
except AttributeError as e:
    print("AttributeError:", e)
