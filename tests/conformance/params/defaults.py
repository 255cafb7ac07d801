def f(a, b=10, c="x"): return (a, b, c)
print(f(1), f(1, 2), f(1, c="z"), f(a=5), f(1, 2, 3))
def mutable(x, acc=[]):
    acc.append(x)
    return acc
print(mutable(1), mutable(2), mutable(3, []), mutable(4))
counter = 0
def side():
    global counter
    counter += 1
    return counter
def evaluated_once(v=side()): return v
print(evaluated_once(), evaluated_once(), counter)
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default())
try:
    exec("def bad(a=1, b): pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(f.__defaults__)
f.__defaults__ = (99, "new")
print(f(0))
