import sys
here = __file__.rpartition("/")[0] or "."
sys.path.insert(0, here + "/plain_mods")
import counter_mod
import counter_mod
import counter_mod as again
print(counter_mod.bump(), again.bump(), counter_mod is again, counter_mod.count)
del sys.modules["counter_mod"]
import counter_mod as fresh
print(fresh is again, fresh.count)
try:
    import raises_on_import
except ValueError as e:
    print("ValueError:", e, "raises_on_import" in sys.modules)
print(counter_mod.__name__, counter_mod.__file__.endswith("counter_mod.py"), counter_mod.__package__ == "")
