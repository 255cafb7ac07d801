def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            print("finally before return", i)
print(g())
def h():
    try:
        return "try"
    finally:
        return "finally wins"
print(h())
def k():
    while True:
        try:
            break
        finally:
            print("k finally")
    return "after break"
print(k())
def m():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as e:
            print("caught", e)
            continue
        finally:
            print("m finally", i)
m()
