def f(a, b, c=0, *rest, key=None, **extra): return a, b, c, rest, key, extra
args = [1, 2]
kwargs = {"key": "k", "other": 5}
print(f(*args), f(*args, 3, 4, 5), f(*args, **kwargs), f(*[1], *[2], **{"c": 9}), f(**{"a": 1, "b": 2}))
print(f(*range(6)), f(*"xy", key=1), f(1, *(), b=2))
def g(*args): return len(args)
print(g(*[]), g(*[[]]), g(*[1, 2], *[3]), g(*{"a": 1, "b": 2}), g(*{1, 1, 2}))
print(max(*[3, 9, 2]), print(*["via", "star"], sep="-"), "{0}-{1}".format(*"ab"), dict(**{"x": 1}, y=2))
