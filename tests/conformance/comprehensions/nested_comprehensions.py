grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
flat = [cell for row in grid for cell in row if sum(cell) % 2 == 0]
print(flat)
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print({k: {v for v in range(k)} for k in range(3)}, [sum(x for x in range(n)) for n in range(5)])
triples = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
