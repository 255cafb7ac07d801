import importlib
m = importlib.import_module("shapes.square")
print(m.area(5), m.__name__)
rel = importlib.import_module(".circle", package="shapes")
print(rel.__name__)
m.NAME = "modified"
m2 = importlib.reload(m)
print(m2 is m, m.NAME)
math = __import__("math")
print(math.sqrt(16))
pkg = __import__("shapes.solids", fromlist=["cube_volume"])
print(pkg.__name__, pkg.cube_volume(2))
top = __import__("shapes.solids")
print(top.__name__)
