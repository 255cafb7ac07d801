def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows exception"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("cleanup", i)
print(h())
def k():
    x = []
    try:
        x.append("try")
        return x
    finally:
        x.append("finally")
print(k())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    exc_in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))
