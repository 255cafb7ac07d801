class Grid:
    def __init__(self): self.cells = {}
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __getitem__(self, key):
        if key is Ellipsis:
            return sorted(self.cells.items())
        return self.cells.get(key, ".")
g = Grid()
g[0, 0] = "a"
g[1, 2] = "b"
print(g[0, 0], g[1, 2], g[2, 2], g[...])
print(type(...).__name__, ... == Ellipsis, repr(Ellipsis), bool(...))
a = [[1, 2], [3, 4]]
print(a[1][0], [row[1] for row in a])
try:
    a[1, 0]
except TypeError as e:
    print("TypeError:", e)
