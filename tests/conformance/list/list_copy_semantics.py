import copy
a = [[1, 2], [3]]
b = a[:]
c = list(a)
d = a.copy()
e = copy.deepcopy(a)
a[0].append(99)
a.append([4])
print(a, b, c, d, e)
print(b[0] is a[0], e[0] is a[0], b is a)
x = [1, 2, 3]
y = x
y += [4]
z = x
z = z + [5]
print(x, y, z, x is y, x is z)
row = [0] * 3
grid = [row] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
