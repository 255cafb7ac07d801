def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
g = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find(g, 5), find(g, 10))
found = False
for row in g:
    for v in row:
        if v == 6:
            found = True
            break
    if found:
        break
print(row, v)
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
total = 0
for i in range(10):
    if i % 2:
        continue
    for j in range(i):
        if j > 3:
            break
        total += j
print(total)
