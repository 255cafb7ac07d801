x = "global x"
def outer():
    x = "outer x"
    def middle():
        global x
        x = "global rebound"
        def inner():
            return x
        return inner()
    r = middle()
    return r, x
print(outer(), x)
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        def peek(): return count
        return peek()
    return step
s = counter()
print(s(), s(), s())
