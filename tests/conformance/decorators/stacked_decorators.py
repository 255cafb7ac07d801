def tag(name):
    def deco(f):
        def wrapper(*a):
            return f"<{name}>" + f(*a) + f"</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s): return s
print(text("hello"))
order = []
def record(label):
    order.append("factory " + label)
    def deco(f):
        order.append("apply " + label)
        return f
    return deco
@record("outer")
@record("inner")
def f(): pass
print(order)
