print(None, True, False, ..., Ellipsis)
print(repr(None), repr(...), str(Ellipsis))
print(type(None).__name__, type(True).__name__, type(...).__name__)
print(True + True, True * 10, False - 1, True / 2, -True, ~True, ~False)
print(True == 1, False == 0, True is True, None is None, ... is Ellipsis)
print(int(True), float(False), str(True), bool(None))
print(isinstance(True, int), issubclass(bool, int))
print(hash(True) == hash(1), {True: 'a', 1: 'b'})
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
print(bool(type(None)()), type(Ellipsis)() is ...)
