sq = lambda x: x * x
print(sq(5), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2), (lambda a, b=3: a * b)(2))
print(sq.__name__, (lambda: 0).__qualname__, type(sq).__name__)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(4), (lambda x: (lambda y: x + y))(1)(2))
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
