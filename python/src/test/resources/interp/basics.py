class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    def __repr__(self):
        return f"A({self.v!r})"
class B(A):
    def get(self):
        return super().get() * 2
b = B(5)
print(b.get(), b, repr(b), str(b))
print(isinstance(b, A), issubclass(B, A), type(b).__name__, B.__mro__)
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e, type(e))
finally:
    print("finally")
def gen(n):
    for i in range(n):
        yield i * i
    return "done"
print(list(gen(5)), sum(gen(10)))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print([x*2 for x in range(5) if x % 2], {x: x*x for x in range(3)}, {x % 3 for x in range(10)})
print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4, z=5))
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = outer(); f(); print(f())
d = {'a': 1, 'b': 2}
for k, v in d.items():
    print(k, v)
print(sorted([3, 1, 2], reverse=True), max([1, 5, 3]), min(4, 2, 8), abs(-3), round(2.5), round(3.14159, 2))
print("%s is %d years, %.2f" % ("Bob", 30, 1.5), "{} {:>5} {:.3f}".format(1, "x", 2.0), f"{3:04d}|{'hi':^6}|")
s = "Hello, World"
print(s.lower(), s.upper(), s.split(", "), s.replace("l", "L"), s[::-1], s[1:5], s.find("World"), len(s))
print(1 < 2 < 3, 1 < 2 > 3, not None, 2 ** 100, -7 // 2, -7 % 2, 7 / 2, 0.1 + 0.2, 1e16, 1.5e-5, 10**20 * 3)
with open("/tmp/pyjama_interp_test.txt", "w") as fh:
    fh.write("line1\nline2\n")
with open("/tmp/pyjama_interp_test.txt") as fh:
    print(fh.read().splitlines())
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
del x[0]
print(x, x.pop(), x.index(8), x.count(9))
print(hash(1) == hash(1.0), {1: 'a', 1.0: 'b'}, set([3, 1, 2]), frozenset({1}))
print(int("ff", 16), int("0b101", 0), float("1.5"), str(1.0), repr(1/3), bin(10), hex(255), oct(8), chr(65), ord('a'))
print(list(zip([1, 2], "ab")), list(enumerate("xy", 1)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(any([0, 1]), all([]), divmod(7, 3), pow(2, 10, 1000), sum([0.1] * 10))
