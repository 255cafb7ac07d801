try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import shapes.nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from math import nonexistent
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
try:
    import broken_pkg
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import sys
print("broken_pkg" in sys.modules)
try:
    from . import sibling
except ImportError as e:
    print("ImportError:", e)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
