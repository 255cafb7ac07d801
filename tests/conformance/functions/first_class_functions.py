def apply(f, *args): return f(*args)
def add(a, b): return a + b
ops = {"add": add, "mul": lambda a, b: a * b, "max": max}
print({k: apply(v, 3, 4) for k, v in ops.items()})
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
funcs = [str.upper, str.lower, str.title]
print([f("hello wORLD") for f in funcs])
print(list(map(len, ["a", "bb"])), sorted([3, 1, 2], key=None), add.__call__(1, 2))
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), (lambda f: f(f, 10))(lambda self, n: 1 if n == 0 else n * self(self, n - 1)))
