import random
r1 = random.Random(42)
r2 = random.Random(42)
print([r1.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)])
state = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(state)
b = [r1.random() for _ in range(3)]
print(a == b, a)
for seed in [0, 1, 2 ** 100, -5, "text", b"bytes", 3.5 if False else 7]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randint(0, 10 ** 6))
random.seed(99)
x = random.random()
random.seed(99)
print(x == random.random())
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1], 2), lambda: random.randrange(0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
