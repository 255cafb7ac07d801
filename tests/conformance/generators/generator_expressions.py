g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc", "ab"]), any(c.isdigit() for c in "ab1"))
print(list((a, b) for a in range(3) for b in range(a)), "".join(c.upper() for c in "hi"))
def gen_outer():
    return (x for x in undefined_name)
try:
    gen_outer()
except NameError as e:
    print("NameError at creation:", e)
n = 10
g = (n + i for i in range(2))
n = 100
print(list(g))
g = (i for i in range(3))
print(g.__name__, g.__qualname__)
print(sorted((v for v in [3, 1, 2]), reverse=True), dict((k, k * 2) for k in "ab"))
