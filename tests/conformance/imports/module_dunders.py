import sys
print(__name__, __package__, __spec__ is None, __file__.endswith("module_dunders.py"), __doc__)
print(sys.argv[0].endswith("module_dunders.py"), len(sys.argv))
print(type(sys).__name__, sys.__name__, "sys" in sys.modules, sys.modules[__name__] is sys.modules["__main__"])
import types
m = types.ModuleType("synthetic", "doc of synthetic")
m.value = 5
print(m.__name__, m.__doc__, m.value, repr(m))
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.missing
except AttributeError as e:
    print("AttributeError:", e)
def dir_names(mod): return [n for n in dir(mod) if not n.startswith("_")]
import shapes.square
print(dir_names(shapes.square))
