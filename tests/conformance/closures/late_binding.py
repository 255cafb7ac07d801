fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    return [lambda: j for j in range(3)]
print([f() for f in make()])
def cell_changes():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(cell_changes())
def shared():
    items = []
    def add(x): items.append(x)
    def show(): return list(items)
    return add, show
add, show = shared()
add(1); add(2)
print(show())
