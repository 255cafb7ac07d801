def f():
    return undefined_in_function
for c in [lambda: undefined_name, f, lambda: __undefined_dunder__]:
    try:
        c()
    except NameError as e:
        print(type(e).__name__ + ":", e, "| name:", e.name)
def g():
    print(local_later)
    local_later = 1
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e, "| name:", e.name)
def h():
    x = 1
    def inner():
        return x
    del x
    return inner()
try:
    h()
except NameError as e:
    print("NameError:", e)
class K:
    try:
        print(not_defined_in_class)
    except NameError as e:
        print("NameError in class body:", e)
