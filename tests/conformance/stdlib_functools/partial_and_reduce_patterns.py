import functools, operator
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: f(g(x)), fs)
inc = functools.partial(operator.add, 1)
dbl = functools.partial(operator.mul, 2)
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(str, inc, inc)(0))
print(functools.reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3, 4], [0]))
pipeline = [str.strip, str.lower, functools.partial(str.replace, old=" ", new="_") if False else (lambda s: s.replace(" ", "_"))]
print(functools.reduce(lambda v, f: f(v), pipeline, "  Hello World  "))
@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().hits > 0)
print(functools.reduce(max, [3, 7, 2], 0), functools.reduce(operator.or_, [{1}, {2}, {1, 3}]))
