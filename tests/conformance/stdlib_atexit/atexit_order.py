# atexit: functions run when the interpreter ends, last registered first, with their
# arguments; unregister removes every registration of a function.
import atexit


def say(*args, **kwargs):
    print("at exit:", args, kwargs)


def never():
    print("unregistered, so this never prints")


print(atexit.register(say, "first registered", n=1) is say)
atexit.register(never)
atexit.register(say, "second registered")
atexit.register(never)
atexit.unregister(never)


@atexit.register
def decorated():
    print("at exit: the decorated function runs first")


for bad in [(), (1,)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)
print("end of the program's own output")
