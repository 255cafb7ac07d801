x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 2
f()
def g():
    del_me = 1
    del del_me
    try:
        del_me
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
g()
def h():
    try:
        undefined_global
    except NameError as e:
        print(type(e).__name__ + ":", e)
h()
def k():
    for i in []:
        pass
    try:
        return i
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(k())
print(issubclass(UnboundLocalError, NameError))
