import random
rng = random.Random(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:8])
print(sorted(rng.sample(deck, 5)), rng.choice(deck))
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk)
hist = [0] * 6
for _ in range(600):
    hist[rng.randrange(6)] += 1
print(hist, sum(hist))
print([rng.randint(-3, 3) for _ in range(15)], rng.random() < 1.0)
