import sys, types
mod = types.ModuleType("lazy")
def __getattr__(name):
    if name == "computed":
        return "lazily computed"
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")
mod.__getattr__ = __getattr__
sys.modules["lazy"] = mod
import lazy
print(lazy.computed)
from lazy import computed
print(computed)
try:
    from lazy import other
except ImportError as e:
    print("ImportError:", e)
