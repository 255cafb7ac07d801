len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def uses_builtin(): return max(1, 2)
print(uses_builtin())
import builtins
builtins.custom_builtin = "from builtins"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print("NameError:", e)
