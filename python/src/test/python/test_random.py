import random
# case: seeds_and_random
for seed in [0, 1, 42, -42, 2**32, 2**100 + 7, 12345678901234567890, 3.14, -2.5, 'hello', '', b'bytes', bytearray(b'ba'), 'ünïcode', True]:
    r = random.Random(seed)
    print(repr(seed), [r.random() for _ in range(3)], r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100), r.randbytes(5))
r = random.Random(); r.seed('abc', version=1); print(r.random())
r.seed(b'abc', version=1); print(r.random())
r.seed(99); s = r.getstate(); a = [r.random() for _ in range(700)]; r.setstate(s); print(a == [r.random() for _ in range(700)], s[0], len(s[1]), s[1][-1], s[1][:3])
r.seed(1); r.gauss(); print(r.getstate()[2])
# case: integers_and_sequences
r = random.Random(2024)
print([r.randrange(10) for _ in range(10)], [r.randrange(5, 50, 5) for _ in range(5)], [r.randrange(10, 0, -3) for _ in range(5)], [r.randint(-3, 3) for _ in range(10)], r.randrange(10**30), r.randrange(-5, 5))
print([r.choice('abcdef') for _ in range(10)], r.choice(range(1000)))
l = list(range(20)); r.shuffle(l); print(l)
print(r.sample(range(100), 10), r.sample('abcdefgh', 8), r.sample(range(10**6), 5), r.sample([1, 2, 3], 0), r.sample(range(30), 25), r.sample(['a', 'b'], k=3, counts=[2, 2]) if False else r.sample(['a', 'b'], k=3, counts=[2, 2]))
for n, k in [(10, 3), (21, 5), (22, 5), (50, 6), (80, 6), (100, 7), (1000, 40), (200, 30)]:
    print(n, k, r.sample(range(n), k))
print(r.choices('abc', k=5), r.choices('abc', [1, 0, 5], k=8), r.choices('abc', cum_weights=[1, 1, 10], k=6), r.choices(range(5)))
for f in [lambda: r.seed([1]), lambda: r.randrange(1.5), lambda: r.randrange(0), lambda: r.randrange(3, 1), lambda: r.randrange(1, 3, 0), lambda: r.randrange(1, 3, -1), lambda: r.randrange(5, step=2), lambda: r.choice([]), lambda: r.sample({1, 2}, 1), lambda: r.sample([1], 2), lambda: r.getrandbits(-1), lambda: r.setstate((9,)), lambda: r.choices([1, 2], 3), lambda: r.choices([1], [1], cum_weights=[1]), lambda: r.choices([1, 2], [1]), lambda: r.choices([1], [0]), lambda: r.sample([1, 2], 1, counts=[1]), lambda: r.gammavariate(0, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
# case: distributions
r = random.Random(7)
print([r.uniform(1, 5) for _ in range(3)], [r.triangular() for _ in range(2)], r.triangular(0, 10, 2), r.triangular(1, 1, 1))
print([r.normalvariate(5, 2) for _ in range(3)], [r.gauss(0, 1) for _ in range(5)], r.lognormvariate(0, 1), r.expovariate(2), r.expovariate())
print([r.vonmisesvariate(1, k) for k in (0, 0.5, 4)], [r.gammavariate(a, 2) for a in (0.5, 1.0, 3.0)], r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 1.5))
print([r.binomialvariate(n, p) for n, p in [(1, 0.5), (10, 0.3), (100, 0.3), (1000, 0.05), (500, 0.8), (20, 0.0), (20, 1.0), (0, 0.5), (50, 0.5), (10000, 0.4)]])
# case: module_functions_and_subclass
random.seed(123)
print(random.random(), random.randint(1, 6), random.choice('xyz'), random.sample(range(5), 2), random.getrandbits(8), random.uniform(0, 1), random.randrange(3))
st = random.getstate(); x = random.random(); random.setstate(st); print(x == random.random())
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1); print(m.randrange(10), m.choice('abcd'), m._randbelow.__name__)
class Bits(random.Random):
    def getrandbits(self, k): return 1
print(Bits(1).randrange(10), Bits._randbelow.__name__)
print(sorted(random.__all__))
