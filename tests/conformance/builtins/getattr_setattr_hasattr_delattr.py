class O:
    a = 1
o = O()
print(getattr(o, "a"), getattr(o, "b", "default"), hasattr(o, "a"), hasattr(o, "b"))
setattr(o, "b", 2)
print(o.b, vars(o))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(o, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
setattr(o, "with space", 1)
print(getattr(o, "with space"))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
