def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g_value = 5
print("g_value" in globals(), globals()["g_value"], globals() is vars(), __name__)
def modify_locals():
    x = 1
    locals()["x"] = 2
    return x
print(modify_locals())
globals()["dynamic_global"] = "set via globals()"
print(dynamic_global)
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
